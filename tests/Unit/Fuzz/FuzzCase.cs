using System.Collections.Generic;

namespace DeepCopy.Tests.Fuzz;

/// <summary>One generated graph and what the check needs to know about it.</summary>
/// <param name="Seed">The seed that regenerates exactly this graph.</param>
/// <param name="Root">The graph.</param>
/// <param name="NonCopyables">The non-copyable objects placed in it (streams, delegates...), by reference; usually none.</param>
/// <param name="Action">The NonCopyableAction to copy with; it only matters when <paramref name="NonCopyables"/> is not empty.</param>
/// <param name="Objects">How many objects the generator made (an upper bound of what the copy makes).</param>
internal sealed record FuzzCase(int Seed, object? Root, HashSet<object> NonCopyables, DeepCopy.Core.NonCopyableAction Action, int Objects);
