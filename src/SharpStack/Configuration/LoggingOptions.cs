using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Configuration;

/// <summary>Log verbosity, in the <c>[DEFAULT]</c> section as oslo.log names it.</summary>
internal sealed class LoggingOptions
{
    [ConfigurationKeyName("debug")]
    [Description("Log at debug level instead of the default info level.")]
    public bool Debug { get; set; }
}
