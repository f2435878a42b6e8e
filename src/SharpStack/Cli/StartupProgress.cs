using Spectre.Console;

namespace SharpStack.Cli;

/// <summary>Shows long start-up steps: a spinner on a terminal, one line per step otherwise (logs, CI).</summary>
internal static class StartupProgress
{
    public static async Task RunAsync(Func<Action<string>, Task> steps)
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
