using System.CommandLine;
using SharpStack.Cli;

return await SharpStackCommandLine.Build()
    .Parse(args)
    .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
