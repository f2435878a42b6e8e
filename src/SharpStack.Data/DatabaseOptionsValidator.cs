using Microsoft.Extensions.Options;

namespace SharpStack.Data;

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        try
        {
            DatabaseTargetResolver.Resolve(options, "validation");
        }
        catch (FormatException ex)
        {
            failures.Add($"database.connection: {ex.Message}");
        }
        AddIfNotPositive(failures, "max_pool_size", options.MaxPoolSize);
        AddIfNotPositive(failures, "connect_timeout", options.ConnectTimeoutSeconds);
        AddIfNotPositive(failures, "command_timeout", options.CommandTimeoutSeconds);
        AddIfNotPositive(failures, "busy_timeout", options.BusyTimeoutSeconds);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddIfNotPositive(List<string> failures, string key, int value)
    {
        if (value <= 0)
        {
            failures.Add($"database.{key} must be a positive number, not {value}.");
        }
    }
}
