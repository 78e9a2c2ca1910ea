using System;
using System.Collections;
using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Hashtable's own Count, enumerator, lookup and indexer, called on a subclass of the user's as Hashtable implements
    /// them (see <see cref="OwnImplementation"/>), so an override that masks values, hides entries or counts otherwise
    /// is never called: a copy and a comparison read what the table stores. Hashtable's own code still hashes and
    /// compares keys through the protected GetHash and KeyEquals, which a subclass overrides to choose its key equality,
    /// as a comparer would. <see cref="Current"/> is null where the calls cannot be generated, or do not bypass overrides.
    /// </summary>
    internal sealed class HashtableOwnMembers
    {
        private static readonly string[] ReadingMembers =
        {
            "get_Count", "GetEnumerator", "get_Item", "set_Item", "Add", "Contains", "ContainsKey", "get_IsSynchronized", "get_SyncRoot", "CopyTo",
        };

        private HashtableOwnMembers(
            Func<Hashtable, int> count,
            Func<Hashtable, IDictionaryEnumerator> getEnumerator,
            Func<Hashtable, object, bool> containsKey,
            Func<Hashtable, object, object?> getItem,
            Action<Hashtable, object, object?> setItem)
        {
            Count = count;
            GetEnumerator = getEnumerator;
            ContainsKey = containsKey;
            GetItem = getItem;
            SetItem = setItem;
        }

        /// <summary>The members for this runtime, or null where they cannot be bound.</summary>
        public static HashtableOwnMembers? Current { get; } = Bind();

        /// <summary>The number of entries the table holds (its own count field).</summary>
        public Func<Hashtable, int> Count { get; }

        /// <summary>Hashtable's enumerator, which walks the bucket array and throws when a writer changed the table meanwhile.</summary>
        public Func<Hashtable, IDictionaryEnumerator> GetEnumerator { get; }

        public Func<Hashtable, object, bool> ContainsKey { get; }

        public Func<Hashtable, object, object?> GetItem { get; }

        /// <summary>Stores an entry, replacing one of an equal key (so a count that did not grow says the key was there).</summary>
        public Action<Hashtable, object, object?> SetItem { get; }

        /// <summary>
        /// True when <paramref name="type"/> (a Hashtable subclass) stores its entries where Hashtable does: neither it nor
        /// a class between it and Hashtable that belongs to the class library or PowerShell overrides a member that reads
        /// or writes them. Such a class keeps its entries elsewhere (PowerShell's OrderedHashtable does), and its overrides
        /// are its meaning; only the user's own overrides are bypassed.
        /// </summary>
        public static bool StoresInHashtable(Type type)
        {
            for (var current = type; current != null && current != typeof(Hashtable); current = current.BaseType)
            {
                if (Comparison.FrameworkAssemblies.IsPlatform(current.Assembly) && DeclaresAny(current))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when <paramref name="type"/> or one of its bases below Hashtable overrides a member that reads or writes entries.</summary>
        public static bool OverridesEntryMembers(Type type)
        {
            for (var current = type; current != null && current != typeof(Hashtable); current = current.BaseType)
            {
                if (DeclaresAny(current))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool DeclaresAny(Type type)
        {
            foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (method.IsVirtual && Array.IndexOf(ReadingMembers, method.Name) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static HashtableOwnMembers? Bind()
        {
            var table = typeof(Hashtable);
            var count = OwnImplementation.Bind<Func<Hashtable, int>>(table.GetProperty(nameof(Hashtable.Count))?.GetGetMethod());
            var getEnumerator = OwnImplementation.Bind<Func<Hashtable, IDictionaryEnumerator>>(table.GetMethod(nameof(Hashtable.GetEnumerator), Type.EmptyTypes));
            var containsKey = OwnImplementation.Bind<Func<Hashtable, object, bool>>(table.GetMethod(nameof(Hashtable.ContainsKey), new[] { typeof(object) }));
            var indexer = table.GetProperty("Item", new[] { typeof(object) });
            var getItem = OwnImplementation.Bind<Func<Hashtable, object, object?>>(indexer?.GetGetMethod());
            var setItem = OwnImplementation.Bind<Action<Hashtable, object, object?>>(indexer?.GetSetMethod());
            if (count is null || getEnumerator is null || containsKey is null || getItem is null || setItem is null)
            {
                return null;
            }

            var bound = new HashtableOwnMembers(count, getEnumerator, containsKey, getItem, setItem);
            try
            {
                return bound.BypassesOverrides() ? bound : null;
            }
            catch (Exception ex) when (ex is InvalidProgramException || ex is System.Security.VerificationException || ex is MemberAccessException || ex is NotSupportedException)
            {
                return null;
            }
        }

        /// <summary>Runs every member once on a <see cref="Decoy"/>, whose overrides all throw: only calls that skip them succeed.</summary>
        private bool BypassesOverrides()
        {
            var decoy = new Decoy();
            SetItem(decoy, "k", "v");
            var entries = GetEnumerator(decoy);
            return Count(decoy) == 1 && ContainsKey(decoy, "k") && "v".Equals(GetItem(decoy, "k")) &&
                entries.MoveNext() && "k".Equals(entries.Key) && !entries.MoveNext();
        }

        /// <summary>A subclass whose overrides of the bound members throw, as the probe of <see cref="BypassesOverrides"/>.</summary>
        private sealed class Decoy : Hashtable
        {
            public override int Count => throw Called();

            public override object? this[object key]
            {
                get => throw Called();
                set => throw Called();
            }

            public override IDictionaryEnumerator GetEnumerator() => throw Called();

            public override bool ContainsKey(object key) => throw Called();

            private static InvalidProgramException Called() => new InvalidProgramException("An override ran: the call was dispatched virtually.");
        }
    }
}
