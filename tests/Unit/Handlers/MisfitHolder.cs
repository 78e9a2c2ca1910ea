using System.Collections.Generic;

namespace DeepCopy.Tests.Handlers;

/// <summary>Every kind of place a <see cref="MisfitSource"/> can sit in: a typed field, a typed array, a generic list.</summary>
public sealed class MisfitHolder
{
    public MisfitSource? Field;

    public MisfitSource?[] Array = new MisfitSource?[1];

    public List<MisfitSource?> List = new List<MisfitSource?>();
}
