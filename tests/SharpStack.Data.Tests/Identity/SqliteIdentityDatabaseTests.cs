using SharpStack.Data.Tests.Fixtures;

namespace SharpStack.Data.Tests.Identity;

public sealed class SqliteIdentityDatabaseTests : IdentityDatabaseTests
{
    private protected override IdentityDatabase CreateDatabase() => IdentityDatabase.Sqlite();
}
