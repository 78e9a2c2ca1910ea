using System;

namespace DeepCopy.Tests.Support;

/// <summary>The one assertion most behaviour tests end with: the copy is a faithful, independent deep copy.</summary>
internal static class GraphAssert
{
    /// <summary>
    /// Fails unless <paramref name="copy"/> has the same runtime types, immutable values, comparers, order and shape
    /// of references as <paramref name="source"/>, and shares no mutable object with it.
    /// </summary>
    /// <param name="sharedByDesign">Source objects the copy must hold as the same instance, such as non-copyables under Reference.</param>
    public static void IsDeepCopy(object? source, object? copy, Func<object, bool>? sharedByDesign = null)
    {
        new StructuralComparer(sharedByDesign).Run(source, copy);
        IndependenceChecker.Check(source, copy, sharedByDesign);
    }
}
