using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Tests.Fixtures.Synchronized;

/// <summary>A user's ArrayList subclass with a field of its own, as a script's <c>class MyList : ArrayList</c> is.</summary>
public sealed class OwnerList : ArrayList
{
    public List<string> Owners = new List<string> { "alice" };
}
