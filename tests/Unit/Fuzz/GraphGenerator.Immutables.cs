using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// System.Collections.Immutable values, for one seed in sixteen: built whole, so their keys may be objects that are
/// filled afterwards and refer back to the collection.
/// </summary>
internal sealed partial class GraphGenerator
{
    private object ImmutableValue(int depth)
    {
        switch (_random.Next(5))
        {
            case 0:
                var list = ImmutableList.CreateBuilder<object?>();
                for (var i = Count(); i > 0; i--)
                {
                    list.Add(Any(depth));
                }

                return Shareable(list.ToImmutable());
            case 1:
                var array = ImmutableArray.CreateBuilder<object?>();
                for (var i = Count(); i > 0; i--)
                {
                    array.Add(Any(depth));
                }

                return array.ToImmutable();
            case 2:
                var byName = ImmutableDictionary.CreateBuilder<string, object?>(AnyStringComparer());
                for (var i = Count(); i > 0; i--)
                {
                    // Remove first: overwriting a key makes the builder compare the old and new values, and a
                    // Tripwire value throws from Equals (seed 20267023 found this in the generator, not the engine).
                    var name = Text();
                    byName.Remove(name);
                    byName[name] = Any(depth);
                }

                return Shareable(byName.ToImmutable());
            case 3:
                // Keys hashed by identity, filled once the dictionary exists: they may point back at it.
                var keys = new List<FuzzTypes.IdentityKeyed>();
                var byKey = ImmutableDictionary<object, object?>.Empty;
                for (var i = Count(); i > 0; i--)
                {
                    var key = new FuzzTypes.IdentityKeyed { Id = _random.Next() };
                    keys.Add(key);
                    byKey = byKey.SetItem(key, Any(depth));
                }

                Shareable(byKey);
                foreach (var key in keys)
                {
                    key.Payload = Any(depth);
                }

                return byKey;
            default:
                var set = ImmutableHashSet.CreateBuilder<object>(ReferenceEqualityComparer.Instance);
                for (var i = Count(); i > 0; i--)
                {
                    set.Add(Any(depth) ?? Tripwire(depth));
                }

                return Shareable(set.ToImmutable());
        }
    }
}
