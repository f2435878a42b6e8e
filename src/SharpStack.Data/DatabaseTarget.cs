namespace SharpStack.Data;

/// <summary>The database of one service as resolved from <see cref="DatabaseOptions"/>.</summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">The ADO.NET connection string.</param>
/// <param name="Location">Where it is, for operators: the SQLite file, or host:port/database.</param>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Location);
