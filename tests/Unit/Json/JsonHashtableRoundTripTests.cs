using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonHashtableRoundTripTests
    {
        private static Hashtable JsonLikeGraph() => new Hashtable(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = "server-01",
            ["port"] = 8080,
            ["enabled"] = true,
            ["ratio"] = 0.25,
            ["missing"] = null,
            ["tags"] = new object[] { "web", "prod" },
            ["limits"] = new OrderedDictionary { ["cpu"] = 2, ["memory"] = 4096L * 1024 * 1024, ["nested"] = new Hashtable { ["deep"] = new object[] { 1, new object[] { 2, 3 } } } },
        };

        [Fact]
        public void A_json_like_hashtable_graph_comes_back_equal_as_ordered_hashtables_and_arrays()
        {
            var source = JsonLikeGraph();

            var copy = Copy(source);

            Assert.Equal(OrderedHashtableName, copy!.GetType().FullName);
            Assert.Equal(Dump(source), Dump(copy));
            var limits = (IDictionary)((IDictionary)copy)["limits"]!;
            Assert.Equal(OrderedHashtableName, limits.GetType().FullName);
            Assert.IsType<object[]>(((IDictionary)copy)["tags"]);
            Assert.IsType<long>(limits["memory"]);
        }

        [Fact]
        public void The_copy_shares_no_container_with_the_source()
        {
            var source = JsonLikeGraph();

            var copy = (IDictionary)Copy(source)!;

            Assert.NotSame(source["tags"], copy["tags"]);
            Assert.NotSame(source["limits"], copy["limits"]);
            ((object[])copy["tags"]!)[0] = "changed";
            Assert.Equal("web", ((object[])source["tags"]!)[0]);
        }

        [Fact]
        public void A_shared_reference_is_duplicated()
        {
            var shared = new Hashtable { ["x"] = 1 };
            var source = new object[] { shared, shared };

            var copy = (object[])Copy(source)!;

            Assert.NotSame(copy[0], copy[1]);
            Assert.Equal(Dump(copy[0]), Dump(copy[1]));
        }

        [Fact]
        public void Non_string_keys_become_strings()
        {
            var source = new OrderedDictionary { { 1, "one" }, { DayOfWeek.Monday, "day" }, { 2.5, "half" }, { new Guid("00000000-0000-0000-0000-000000000001"), "id" } };

            var copy = (IDictionary)Copy(source)!;

            Assert.Equal(new object[] { "1", "Monday", "2.5", "00000000-0000-0000-0000-000000000001" }, new ArrayList(copy.Keys).ToArray());
        }

        [Fact]
        public void A_case_insensitive_hashtable_comes_back_case_sensitive()
        {
            var source = new Hashtable(StringComparer.OrdinalIgnoreCase) { ["Key"] = 1 };

            var copy = (IDictionary)Copy(source)!;

            Assert.True(copy.Contains("Key"));
            Assert.False(copy.Contains("key"));
        }

        [Fact]
        public void Generic_collections_become_arrays_and_ordered_hashtables()
        {
            var source = new Dictionary<string, object?>
            {
                ["list"] = new List<int> { 1, 2 },
                ["set"] = new HashSet<string> { "a" },
                ["queue"] = new Queue<long>(new[] { 5L }),
                ["map"] = new SortedDictionary<int, string> { [2] = "b", [1] = "a" },
                ["readOnly"] = new ReadOnlyOnlyDictionary(),
            };

            var copy = (IDictionary)Copy(source)!;

            Assert.Equal(new object[] { 1, 2 }, (object[])copy["list"]!);
            Assert.Equal(new object[] { "a" }, (object[])copy["set"]!);
            Assert.Equal(new object[] { 5 }, (object[])copy["queue"]!);
            Assert.Equal("Dict{1:String a,2:String b}", Dump(copy["map"]));
            Assert.Equal("Dict{only:Int32 7}", Dump(copy["readOnly"]));
        }

        [Fact]
        public void An_object_comes_back_as_a_PSCustomObject_of_its_public_properties()
        {
            var source = new Poco { Name = "n", Items = new[] { 1, 2 } };

            var copy = Copy(source);

            Assert.Equal("Custom{Name:String n,Items:[Int32 1,Int32 2],Computed:Int32 42}", Dump(copy));
        }

        [Fact]
        public void Values_shared_by_contract_come_back_as_the_same_instance()
        {
            var script = ScriptBlock.Create("1");
            var source = new Hashtable { ["type"] = typeof(int), ["script"] = script, ["comparer"] = StringComparer.Ordinal };

            var copy = (IDictionary)Copy(source)!;

            Assert.Same(typeof(int), copy["type"]);
            Assert.Same(script, copy["script"]);
            Assert.Same(StringComparer.Ordinal, copy["comparer"]);
        }

        [Fact]
        public void Scalars_without_a_json_type_come_back_as_strings()
        {
            var source = new object[] { 'c', new Version(1, 2, 3), new Uri("https://example.test/a b"), TimeSpan.FromHours(26.5), DBNull.Value };

            var copy = (object[])Copy(source)!;

            Assert.Equal(new object?[] { "c", "1.2.3", "https://example.test/a b", "1.02:30:00", null }, copy);
        }

        [Fact]
        public void A_lone_surrogate_comes_back_as_the_replacement_character()
        {
            var source = new Hashtable { ["bad\uD800key"] = "x\uDC00y", ["ok"] = "pair \uD83D\uDE00" };

            var copy = (IDictionary)Copy(source)!;

            Assert.Equal("x\uFFFDy", copy["bad\uFFFDkey"]);
            Assert.Equal("pair \uD83D\uDE00", copy["ok"]);
        }

        [Fact]
        public void Statistics_count_the_containers_and_the_depth()
        {
            DeepCopier.Copy(JsonLikeGraph(), Options(), out var statistics);

            // The root, tags, limits, nested, deep and the innermost array.
            Assert.Equal(6, statistics.ObjectsCopied);
            Assert.Equal(4, statistics.MaxDepthReached);
        }

        public sealed class Poco
        {
            private readonly int _hidden = 7;

            public string? Name { get; set; }

            public int[]? Items { get; set; }

            public int Computed => 35 + _hidden;

            public int WriteOnly
            {
                set { }
            }

            public int this[int index] => index;
        }

        private sealed class ReadOnlyOnlyDictionary : IReadOnlyDictionary<string, int>
        {
            private readonly Dictionary<string, int> _inner = new Dictionary<string, int> { ["only"] = 7 };

            public int Count => _inner.Count;

            public IEnumerable<string> Keys => _inner.Keys;

            public IEnumerable<int> Values => _inner.Values;

            public int this[string key] => _inner[key];

            public bool ContainsKey(string key) => _inner.ContainsKey(key);

            public bool TryGetValue(string key, out int value) => _inner.TryGetValue(key, out value);

            public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => _inner.GetEnumerator();

            // Lists the values only, as Newtonsoft's JObject lists its JProperty children: the pairs a dictionary
            // promises come from its generic enumerator, which is what the strategy must read.
            IEnumerator IEnumerable.GetEnumerator() => _inner.Values.GetEnumerator();
        }
    }
}
