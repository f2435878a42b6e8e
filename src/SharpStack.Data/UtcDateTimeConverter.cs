using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SharpStack.Data;

/// <summary>Stores timestamps as UTC and reads them back marked as UTC (SQLite keeps no kind; Npgsql needs it).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
