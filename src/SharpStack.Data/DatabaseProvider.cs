namespace SharpStack.Data;

/// <summary>The database engines a service can run on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
