namespace SharpStack.Identity.Domain;

/// <summary>One option of a domain-specific configuration; sensitive options (the LDAP password) are stored but never shown.</summary>
internal sealed class DomainConfigOption
{
    public const int NameMaxLength = 255;

    public required string DomainId { get; init; }

    public required string Group { get; init; }

    public required string Option { get; init; }

    /// <summary>The option's value as JSON text: options keep their JSON type (a string, a number, a list...).</summary>
    public required string Value { get; set; }

    public bool Sensitive { get; set; }
}
