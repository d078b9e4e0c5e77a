using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Hangfire's log provider is process-wide. This one writes to the logging of the host that most recently started
/// and has not stopped, and never fails because a host's logging was disposed (as happens when hosts come and go in
/// one process, in tests): Hangfire's own would keep the first host's logger factory after it was disposed.
/// </summary>
internal sealed class HangfireLogs : ILogProvider
{
    public static readonly HangfireLogs Instance = new();

    private readonly Lock _gate = new();
    private readonly List<ILoggerFactory> _hosts = [];

    /// <summary>Adds a host's logging (when its Hangfire configuration is first built) and returns this provider.</summary>
    public HangfireLogs Attach(ILoggerFactory factory)
    {
        lock (_gate)
        {
            _hosts.Remove(factory);
            _hosts.Add(factory);
        }

        return this;
    }

    public void Detach(ILoggerFactory factory)
    {
        lock (_gate)
        {
            _hosts.Remove(factory);
        }
    }

    public ILog GetLogger(string name)
    {
        ILoggerFactory? factory;
        lock (_gate)
        {
            factory = _hosts.LastOrDefault();
        }

        try
        {
            return new HostLog(factory?.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new HostLog(null);
        }
    }

    private sealed class HostLog(Microsoft.Extensions.Logging.ILogger? logger) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logger is null)
            {
                return false;
            }

            var level = logLevel switch
            {
                HangfireLevel.Trace => LogLevel.Trace,
                HangfireLevel.Debug => LogLevel.Debug,
                HangfireLevel.Info => LogLevel.Information,
                HangfireLevel.Warn => LogLevel.Warning,
                HangfireLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            try
            {
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

#pragma warning disable CA1848, CA2254 // Hangfire hands over finished messages
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
