using System.Collections;
using System.Collections.Specialized;

namespace DeepCopy.Tests.Fixtures.Overrides;

/// <summary>An OrderedDictionary subclass whose enumerator, its one overridable reading member, throws.</summary>
public sealed class ThrowingOrderedDictionary : OrderedDictionary
{
    public override IDictionaryEnumerator GetEnumerator() => throw OverrideCalls.Refuse(nameof(GetEnumerator));
}
