using Spectre.Console;

namespace SharpStack.Cli;

/// <summary>Shows long start-up steps: a spinner on a terminal, one line per step otherwise (logs, CI).</summary>
internal static class StartupProgress
{
    /// <returns>False when <paramref name="stopping"/> cancelled the steps (a signal during start-up), true when they ran.</returns>
    public static async Task<bool> RunUntilStoppedAsync(Func<Action<string>, Task> steps, CancellationToken stopping)
    {
        try
        {
            await RunAsync(steps);
            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task RunAsync(Func<Action<string>, Task> steps)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            await steps(step => AnsiConsole.MarkupLine($"[grey]…[/] {Markup.Escape(step)}"));
            return;
        }

        await AnsiConsole.Status()
            .Spinner(Spinner.Known.Dots)
            .StartAsync("Starting SharpStack", async context =>
                await steps(step =>
                {
                    context.Status(Markup.Escape(step));
                    AnsiConsole.MarkupLine($"[grey]…[/] {Markup.Escape(step)}");
                }));
    }
}
