using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Inserts many rows of one entity type with one prepared statement, in the context's current transaction, on
/// either provider; tables and columns come from the EF Core model. Used where change tracking was measured to
/// cost most of the write: a manual's pages and passages at staging.
/// </summary>
internal static class RowBulkInsert
{
    public static async Task RunAsync<T>(RecordsDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the records model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table))).Where(c => c.Column is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = new List<(IProperty Property, DbParameter Parameter, RelationalTypeMapping Mapping)>(columns.Count);
        foreach (var (property, _) in columns)
        {
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + parameters.Count;
            if (mapping.DbType is { } type)
            {
                parameter.DbType = type;
            }

            command.Parameters.Add(parameter);
            parameters.Add((property, parameter, mapping));
        }

        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            foreach (var (property, parameter, mapping) in parameters)
            {
                var value = property.GetGetter().GetClrValue(row);
                parameter.Value = (mapping.Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
