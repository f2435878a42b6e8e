using SharpStack.Testing.Personas;

namespace SharpStack.Testing.PolicyMatrix;

/// <summary>A column of the table: a persona with its token, or <c>anon</c>, a request without one.</summary>
public sealed record MatrixCaller(string Column, Persona? Persona)
{
    private static readonly Dictionary<string, Persona?> Columns = new(StringComparer.Ordinal)
    {
        ["sa"] = Personas.Persona.SystemAdmin,
        ["sm"] = Personas.Persona.SystemMember,
        ["sr"] = Personas.Persona.SystemReader,
        ["da"] = Personas.Persona.DomainAdmin,
        ["dm"] = Personas.Persona.DomainMember,
        ["dr"] = Personas.Persona.DomainReader,
        ["pa"] = Personas.Persona.ProjectAdmin,
        ["pm"] = Personas.Persona.ProjectMember,
        ["pr"] = Personas.Persona.ProjectReader,
        ["pb"] = Personas.Persona.ProjectBMember,
        ["svc"] = Personas.Persona.ServiceUser,
        ["anon"] = null,
    };

    /// <summary>The column names a table may use, in the order of <see cref="Persona"/>, then <c>anon</c>.</summary>
    public static IReadOnlyCollection<string> Names => Columns.Keys;

    public static MatrixCaller Parse(string column) =>
        Columns.TryGetValue(column, out var persona)
            ? new MatrixCaller(column, persona)
            : throw new FormatException($"'{column}' is not a persona column ({string.Join(", ", Columns.Keys)}).");

    public override string ToString() => Column;
}
