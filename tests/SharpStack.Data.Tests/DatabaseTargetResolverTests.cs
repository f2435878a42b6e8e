using Npgsql;

namespace SharpStack.Data.Tests;

public sealed class DatabaseTargetResolverTests
{
    [Theory]
    [InlineData("")]
    [InlineData("sqlite")]
    [InlineData("SQLite")]
    public void Resolve_EmptyOrSqlite_SqliteFileInDataDirectory(string connection)
    {
        var target = DatabaseTargetResolver.Resolve(new DatabaseOptions { Connection = connection, DataDirectory = "/var/lib/sharpstack" }, "identity");

        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        Assert.Equal("/var/lib/sharpstack/identity.db", target.Location);
        Assert.Contains("Foreign Keys=True", target.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PostgresUrl_OneDatabasePerService()
    {
        var options = new DatabaseOptions { Connection = "postgresql://keystone:p%40ss@db.example:5433/", MaxPoolSize = 7 };

        var target = DatabaseTargetResolver.Resolve(options, "block-storage");

        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, target.Provider);
        Assert.Equal(("db.example", 5433, "keystone", "p@ss"), (builder.Host, builder.Port, builder.Username, builder.Password));
        Assert.Equal("sharpstack_block_storage", builder.Database);
        Assert.Equal(7, builder.MaxPoolSize);
        Assert.Equal("db.example:5433/sharpstack_block_storage", target.Location);
    }

    [Fact]
    public void Resolve_PostgresUrlWithoutPortWithQuery_DefaultPortAndSettings()
    {
        var target = DatabaseTargetResolver.Resolve(new DatabaseOptions { Connection = "postgresql+psycopg2://u@db/?sslmode=require" }, "image");

        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(5432, builder.Port);
        Assert.Equal(SslMode.Require, builder.SslMode);
    }

    [Fact]
    public void Resolve_KeyValueWithDatabaseTemplate_DatabaseFromConnection()
    {
        var options = new DatabaseOptions { Connection = "Host=127.0.0.1;Port=5433;Username=postgres;Database=cloud_{service}" };

        var target = DatabaseTargetResolver.Resolve(options, "compute");

        Assert.Equal("cloud_compute", new NpgsqlConnectionStringBuilder(target.ConnectionString).Database);
    }

    [Fact]
    public void Resolve_DatabaseNameOption_UsedWhenConnectionNamesNone()
    {
        var options = new DatabaseOptions { Connection = "Host=h;Username=u", DatabaseName = "prod_{service}" };

        var target = DatabaseTargetResolver.Resolve(options, "identity");

        Assert.Equal("prod_identity", new NpgsqlConnectionStringBuilder(target.ConnectionString).Database);
    }

    [Theory]
    [InlineData("mysql+pymysql://u:p@h/")]
    [InlineData("not a connection")]
    [InlineData("postgresql://u@h/?nonsense=1")]
    public void Resolve_Unusable_ThrowsFormatException(string connection) =>
        Assert.Throws<FormatException>(() => DatabaseTargetResolver.Resolve(new DatabaseOptions { Connection = connection }, "identity"));
}
