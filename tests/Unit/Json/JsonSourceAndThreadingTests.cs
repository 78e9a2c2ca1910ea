using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonSourceAndThreadingTests
    {
        private static Hashtable MixedGraph()
        {
            var shared = new List<object> { 1, "two", 3.5 };
            return new Hashtable
            {
                ["custom"] = Custom(("name", "c"), ("list", shared), ("when", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc))),
                ["again"] = shared,
                ["numbers"] = new object[] { 1, 2L, 3.25m, 4.5 },
                ["nested"] = new Hashtable { ["deeper"] = new Hashtable { ["deepest"] = new object?[] { true, null } } },
            };
        }

        [Fact]
        public void The_source_is_unchanged_by_a_copy()
        {
            var source = MixedGraph();
            var before = Dump(source);
            var custom = source["custom"];
            var shared = source["again"];

            Copy(source);

            Assert.Equal(before, Dump(source));
            Assert.Same(custom, source["custom"]);
            Assert.Same(shared, Note(custom, "list"));
        }

        [Fact]
        public void The_source_is_unchanged_by_a_failed_copy_and_the_next_copy_on_the_thread_works()
        {
            var source = MixedGraph();
            var expectedCopy = Dump(Copy(source));
            ((Hashtable)source["nested"]!)["loop"] = source;
            var before = Dump(((Hashtable)source["nested"]!)["deeper"]);

            Assert.Equal(DeepCopyErrorKind.CycleNotSupported, CopyFails(source).Kind);

            Assert.Equal(before, Dump(((Hashtable)source["nested"]!)["deeper"]));
            ((Hashtable)source["nested"]!).Remove("loop");
            Assert.Equal(expectedCopy, Dump(Copy(source)));
        }

        [Fact]
        public void A_cancelled_copy_throws_OperationCanceledException()
        {
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            var options = Options();
            options.CancellationToken = cancel.Token;

            Assert.Throws<OperationCanceledException>(() => DeepCopier.Copy(MixedGraph(), options, out _));
        }

        [Fact]
        public async Task Eight_threads_copying_the_same_graph_at_once_all_get_equal_copies()
        {
            const int Threads = 8;
            const int Rounds = 50;
            var source = MixedGraph();
            var expected = Dump(Copy(source));
            var before = Dump(source);
            using var start = new Barrier(Threads);

            var results = Enumerable.Range(0, Threads)
                .Select(_ => Task.Factory.StartNew(
                    () =>
                    {
                        start.SignalAndWait();
                        var dumps = new List<string>();
                        for (var i = 0; i < Rounds; i++)
                        {
                            dumps.Add(Dump(Copy(source)));
                        }

                        return dumps;
                    },
                    TaskCreationOptions.LongRunning))
                .ToArray();
            var dumps = await Task.WhenAll(results);

            Assert.All(dumps.SelectMany(perThread => perThread), dump => Assert.Equal(expected, dump));
            Assert.Equal(before, Dump(source));
        }

        [Fact]
        public void A_getter_that_copies_with_Json_on_the_same_thread_gets_its_own_session()
        {
            var copy = Copy(new Reentrant());

            Assert.Equal("Custom{Inner:Dict{a:[Int32 1]}}", Dump(copy));
        }

        public sealed class Reentrant
        {
            public object? Inner => Copy(new Hashtable { ["a"] = new object[] { 1 } });
        }
    }
}
