namespace SharpStack.Common.Json;

/// <summary>How a service words a body that fails its schema.</summary>
public enum SchemaFaultStyle
{
    /// <summary>
    /// keystone.api.validation: "Invalid input for field/attribute {last path element}. Value: {value}. {message}",
    /// or jsonschema's message alone when the failure is at the body's root.
    /// </summary>
    Keystone,

    /// <summary>Glance's InvalidObject: "Provided object does not match schema '{schema name}': {message}".</summary>
    Glance,

    /// <summary>
    /// keystone.common.validation (lazy_validate, used on a request member): "Invalid input for field '{path joined by /}': {message}",
    /// or the message alone at the validated value's root.
    /// </summary>
    KeystoneMember,
}
