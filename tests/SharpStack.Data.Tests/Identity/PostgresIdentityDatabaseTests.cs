using SharpStack.Data.Tests.Fixtures;

namespace SharpStack.Data.Tests.Identity;

[Collection(PostgresTests.Name)]
public sealed class PostgresIdentityDatabaseTests(PostgresServer server) : IdentityDatabaseTests
{
    private protected override IdentityDatabase CreateDatabase() => IdentityDatabase.Postgres(server.ConnectionString);
}
