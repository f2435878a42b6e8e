namespace SharpStack.Hosting;

/// <summary>Who validates the tokens of a service's requests.</summary>
public enum TokenValidationMode
{
    /// <summary>Identity, over HTTP, as configured in <c>[keystone_authtoken]</c>.</summary>
    Remote,

    /// <summary>The service itself, through the <see cref="Auth.ITokenValidator"/> it registers (Identity).</summary>
    Local,
}
