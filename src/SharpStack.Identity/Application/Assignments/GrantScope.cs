using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>An actor and a target of grants, with their domains (the actor's is null when it no longer exists).</summary>
internal sealed record GrantScope(ActorType ActorType, string ActorId, string? ActorDomainId, TargetType TargetType, string TargetId, string? TargetDomainId);
