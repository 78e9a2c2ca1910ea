using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// The user-defined types the graph generator draws from: inheritance with private, readonly and shadowed fields,
/// structs holding references (inline, nullable, boxed), keys hashed by identity or by value, collection subclasses,
/// a comparer, and a tripwire whose Equals, GetHashCode, ToString and getter throw.
/// </summary>
internal static class FuzzTypes
{
    internal enum Shade
    {
        Light,
        Dark,
    }

    /// <summary>A base class with private, readonly and protected state and an auto-property with a private setter.</summary>
    internal class Animal
    {
        private readonly int _id;
        private object? _secret;

        public Animal(int id)
        {
            _id = id;
        }

        public int Id => _id;

        public object? Name { get; private set; }

        protected object? Kept { get; set; }

        /// <summary>The generator's way in; the engine never calls it.</summary>
        public void Fill(object? secret, object? name, object? kept)
        {
            _secret = secret;
            Name = name;
            Kept = kept;
        }

        public object? Secret => _secret;
    }

    /// <summary>
    /// A subclass whose private field has the same name as its base's, a readonly reference, a struct stored inline, a
    /// nullable struct, a boxed struct, an interface-typed field, and a getter that counts its calls.
    /// </summary>
    internal sealed class Dog : Animal
    {
        private static long s_getterCalls;
        private readonly object? _readonlyRef;
        private object? _secret;

        public Dog(int id, object? readonlyRef)
            : base(id)
        {
            _readonlyRef = readonlyRef;
        }

        public static long GetterCalls => Interlocked.Read(ref s_getterCalls);

        public Pair Inline;

        public Pair? MaybePair;

        public object? Boxed;

        public IList<object?>? Items;

        public Shade Shade;

        public object? ReadonlyRef => _readonlyRef;

        /// <summary>A getter with a side effect: no exact strategy may call it.</summary>
        public object? Counted
        {
            get
            {
                Interlocked.Increment(ref s_getterCalls);
                return _secret;
            }
        }

        public void FillOwn(object? secret) => _secret = secret;
    }

    /// <summary>A struct that holds references, including a nested struct that holds one too.</summary>
    internal struct Pair
    {
        public object? Reference;
        public int Number;
        public Inner Nested;
    }

    internal struct Inner
    {
        public string? Text;
        public object? Deep;
    }

    /// <summary>Throws from Equals, GetHashCode, ToString and its property getter: a copy has no reason to call any of them.</summary>
    internal sealed class Tripwire
    {
        public object? Payload;

        public object? Loud => throw new InvalidOperationException("A Tripwire getter ran during a copy.");

        public override bool Equals(object? obj) => throw new InvalidOperationException("Tripwire.Equals ran during a copy.");

        public override int GetHashCode() => throw new InvalidOperationException("Tripwire.GetHashCode ran during a copy.");

        public override string ToString() => throw new InvalidOperationException("Tripwire.ToString ran during a copy.");
    }

    /// <summary>A key hashed by identity, holding state of its own: its copy hashes differently, so only a rebuild finds it.</summary>
    internal sealed class IdentityKeyed
    {
        public int Id;
        public object? Payload;
    }

    /// <summary>A key hashed by value. Its GetHashCode runs when a copied collection hashes the copied key, as documented.</summary>
    internal sealed record ValueKey(int Id, string Label);

    internal sealed class TableSubclass : Hashtable
    {
        public TableSubclass(IEqualityComparer? comparer)
            : base(comparer)
        {
        }

        public object? Extra;
    }

    internal sealed class DictionarySubclass : Dictionary<string, object?>
    {
        public DictionarySubclass(IEqualityComparer<string> comparer)
            : base(comparer)
        {
        }

        public object? Extra;
    }

    internal sealed class SetSubclass : HashSet<object>
    {
        public SetSubclass()
            : base(ReferenceEqualityComparer.Instance)
        {
        }

        public int Mark;
    }

    internal sealed class ListSubclass : List<object?>
    {
        public object? Extra;
    }

    /// <summary>A comparer the tests declare: shared by contract, like every comparer.</summary>
    internal sealed class ReverseComparer : IComparer<string>, IComparer<int>, IComparer
    {
        public static readonly ReverseComparer Instance = new ReverseComparer();

        public int Compare(string? x, string? y) => string.CompareOrdinal(y, x);

        public int Compare(int x, int y) => y.CompareTo(x);

        public int Compare(object? x, object? y) => Comparer.DefaultInvariant.Compare(y, x);
    }
}
