namespace SharpStack.Testing.Databases;

/// <summary>Which real database a test service runs on.</summary>
public enum TestDatabaseKind
{
    /// <summary>One SQLite file per service in the host's temporary folder.</summary>
    Sqlite,

    /// <summary>A fresh database on the tests' PostgreSQL server (<see cref="PostgresTestServer"/>), dropped afterwards.</summary>
    Postgres,
}
