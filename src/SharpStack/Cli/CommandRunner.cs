using Microsoft.Extensions.Options;
using SharpStack.Data;

namespace SharpStack.Cli;

/// <summary>Runs a verb and reports an operator mistake as one sentence with its fix, never as a stack trace.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception error) when (error is OperatorException or DatabaseUnavailableException)
        {
            ReportError(error.Message);
            return 1;
        }
        catch (OptionsValidationException error)
        {
            // A service validates its options when it starts; each failure already names the option and the fix.
            ReportError(string.Join(" ", error.Failures));
            return 1;
        }
    }

    // Plain lines on standard error: a terminal-width wrap would split the one sentence an operator greps for.
    public static void ReportError(string sentence) => Console.Error.WriteLine($"error: {sentence}");

    public static void ReportWarning(string sentence) => Console.Error.WriteLine($"warning: {sentence}");
}
