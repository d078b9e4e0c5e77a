namespace Eligibility.Tests.Support;

/// <summary>The Redis the scale-out tests use (<see cref="Variable"/>; ./test starts one with scripts/redis.sh). Without it they skip; under CI=true they fail.</summary>
internal static class TestRedis
{
    public const string Variable = "ELIGIBILITY_TEST_REDIS";

    public static string Require()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } redis)
        {
            return redis;
        }

        var message = $"Redis is not available: {Variable} is not set (./test starts one with scripts/redis.sh start and sets it to `scripts/redis.sh url`)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{message}; CI must run the scale-out tests");
        }

        Assert.Skip($"{message}; skipping");
        return "";
    }
}
