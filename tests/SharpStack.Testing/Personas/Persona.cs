namespace SharpStack.Testing.Personas;

/// <summary>The callers OpenStack's default policies tell apart, each a real user with a real token of its scope.</summary>
public enum Persona
{
    /// <summary>admin on the system (system-scoped token).</summary>
    SystemAdmin,

    /// <summary>member on the system.</summary>
    SystemMember,

    /// <summary>reader on the system.</summary>
    SystemReader,

    /// <summary>admin of domain A (domain-scoped token).</summary>
    DomainAdmin,

    /// <summary>member of domain A.</summary>
    DomainMember,

    /// <summary>reader of domain A.</summary>
    DomainReader,

    /// <summary>admin of project A (project-scoped token), a project of domain A.</summary>
    ProjectAdmin,

    /// <summary>member of project A.</summary>
    ProjectMember,

    /// <summary>reader of project A.</summary>
    ProjectReader,

    /// <summary>member of project B, a project of domain B: the stranger to everything of A.</summary>
    ProjectBMember,

    /// <summary>the service user (admin and service on project <c>service</c>), as services authenticate.</summary>
    ServiceUser,

    /// <summary>member of project C, a second project of domain B: a stranger to A and to B.</summary>
    ProjectCMember,

    /// <summary>
    /// the bootstrap admin with a token scoped to project <c>admin</c>, as an operator's <c>openstack</c> uses it (under legacy
    /// policies admin on any project is admin everywhere).
    /// </summary>
    CloudAdmin,
}
