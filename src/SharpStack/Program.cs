using System.CommandLine;
using SharpStack.Cli;
using SharpStack.Composition;

return await SharpStackCommandLine.Build(CloudComposition.Default)
    .Parse(args)
    .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
