namespace SharpStack.Common.Faults;

/// <summary>The parts of the request that change how a fault is rendered.</summary>
/// <param name="Accept">The request's Accept header, if any.</param>
/// <param name="RequestId">The request id, which some formats put in the body.</param>
public sealed record FaultRequest(string? Accept, string? RequestId);
