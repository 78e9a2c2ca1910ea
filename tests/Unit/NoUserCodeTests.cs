using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// No code of the user's runs during a copy: no constructor, property getter, Equals, GetHashCode or ToString.
/// One exception is by necessity: a rebuilt Dictionary or HashSet hashes and compares its keys, and those keys are
/// the copied ones. The engine itself never calls them, and never on a source object or on a value.
/// </summary>
public sealed class NoUserCodeTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Copy_calls_no_constructor_getter_Equals_GetHashCode_or_ToString(DeepCopyStrategy strategy)
    {
        var shared = new Counted(1);
        var source = new Root
        {
            Field = shared,
            Boxed = new Counted(2),
            List = new List<Counted> { shared, new Counted(3) },
            Array = new[] { new Counted(4) },
            Values = new Dictionary<string, Counted> { ["a"] = shared, ["b"] = new Counted(5) },
            Table = new Hashtable { ["c"] = new Counted(6) },
            Queue = new Queue<Counted>(new[] { new Counted(7) }),
            Linked = new LinkedList<Counted>(new[] { new Counted(8) }),
            Sorted = new SortedDictionary<int, Counted> { [1] = new Counted(9) },
        };
        Counted.Reset();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.Equal(default, Counted.Calls);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Hashed_collections_hash_only_their_copied_keys(DeepCopyStrategy strategy)
    {
        var keys = Enumerable.Range(1, 4).Select(i => new Counted(i)).ToArray();
        var value = new Counted(10);
        var source = new Root
        {
            Keyed = new Dictionary<Counted, Counted> { [keys[0]] = value, [keys[1]] = new Counted(11) },
            Set = new HashSet<Counted> { keys[2] },
            Table = new Hashtable { [keys[3]] = value },
        };
        Counted.Reset();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        var calls = Counted.Calls;
        Assert.Equal(0, calls.Constructors);
        Assert.Equal(0, calls.Getters);
        Assert.Equal(0, calls.ToStrings);
        var copiedKeys = copy.Keyed!.Keys.Concat(copy.Set!).Concat(copy.Table!.Keys.Cast<Counted>()).Cast<object>().ToList();
        Assert.All(Counted.Receivers, receiver => Assert.Contains(receiver, copiedKeys, ReferenceEqualityComparer.Instance));
    }

    private sealed class Root
    {
        public Counted? Field;
        public object? Boxed;
        public List<Counted>? List;
        public Counted[]? Array;
        public Dictionary<string, Counted>? Values;
        public Hashtable? Table;
        public Queue<Counted>? Queue;
        public LinkedList<Counted>? Linked;
        public SortedDictionary<int, Counted>? Sorted;
        public Dictionary<Counted, Counted>? Keyed;
        public HashSet<Counted>? Set;
    }

    /// <summary>Counts every call of user code on it, and records which instances Equals and GetHashCode ran on.</summary>
    private sealed class Counted
    {
        private static readonly ConcurrentQueue<object> ReceiverLog = new ConcurrentQueue<object>();
        private static int s_constructors;
        private static int s_getters;
        private static int s_equals;
        private static int s_hashes;
        private static int s_toStrings;
        private readonly int _id;

        public Counted(int id)
        {
            _id = id;
            Interlocked.Increment(ref s_constructors);
        }

        public static (int Constructors, int Getters, int EqualsCalls, int Hashes, int ToStrings) Calls =>
            (s_constructors, s_getters, s_equals, s_hashes, s_toStrings);

        public static IReadOnlyCollection<object> Receivers => ReceiverLog.ToArray();

        public int Id
        {
            get
            {
                Interlocked.Increment(ref s_getters);
                return _id;
            }
        }

        public List<int> Payload { get; } = new List<int> { 1 };

        public static void Reset()
        {
            s_constructors = s_getters = s_equals = s_hashes = s_toStrings = 0;
            ReceiverLog.Clear();
        }

        public override bool Equals(object? obj)
        {
            Interlocked.Increment(ref s_equals);
            ReceiverLog.Enqueue(this);
            return obj is Counted other && other._id == _id;
        }

        public override int GetHashCode()
        {
            Interlocked.Increment(ref s_hashes);
            ReceiverLog.Enqueue(this);
            return _id;
        }

        public override string ToString()
        {
            Interlocked.Increment(ref s_toStrings);
            return "Counted " + _id;
        }
    }
}
