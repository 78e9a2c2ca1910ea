using System.Collections;
using System.Text.RegularExpressions;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonCycleAndDepthTests
    {
        private const int Million = 1_000_000;

        [Fact]
        public void A_hashtable_that_holds_itself_is_a_cycle_error_with_the_path()
        {
            var source = new Hashtable();
            source["self"] = source;

            var failure = CopyFails(source);

            Assert.Equal(DeepCopyErrorKind.CycleNotSupported, failure.Kind);
            Assert.Equal("$['self']", failure.Path);
            Assert.Same(source, failure.OffendingValue);
            Assert.Contains("ancestor at $,", failure.Message);
        }

        [Fact]
        public void A_deeper_cycle_names_both_places()
        {
            var inner = new Hashtable();
            var source = new Hashtable { ["a"] = new Hashtable { ["b"] = new object[] { 1, inner } } };
            inner["back"] = source["a"];

            var failure = CopyFails(source);

            Assert.Equal(DeepCopyErrorKind.CycleNotSupported, failure.Kind);
            Assert.Equal("$['a']['b'][1]['back']", failure.Path);
            Assert.Contains("ancestor at $['a']", failure.Message);
        }

        [Fact]
        public void Object_and_PSCustomObject_cycles_are_errors_too()
        {
            var node = new Node();
            node.Next = node;
            var custom = Custom(("name", "x"));
            custom.Properties.Add(new System.Management.Automation.PSNoteProperty("me", custom));

            Assert.Equal("$.Next", CopyFails(node).Path);
            Assert.Equal("$.me", CopyFails(custom).Path);
        }

        [Fact]
        public void A_million_deep_object_chain_stops_at_the_default_limit_without_overflowing_a_1MB_stack()
        {
            var failure = OnSmallStack(() => CopyFails(Chain(Million)));

            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, failure.Kind);
            Assert.Equal(1001, Regex.Matches(failure.Path, @"\.Next").Count);
            Assert.StartsWith("$.Next.Next", failure.Path);
        }

        [Fact]
        public void A_million_deep_array_chain_stops_at_MaxDepth_when_it_is_set()
        {
            var failure = OnSmallStack(() => CopyFails(ArrayChain(Million), Options(maxDepth: 50)));

            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, failure.Kind);
            Assert.Equal("$" + string.Concat(System.Linq.Enumerable.Repeat("[0]", 51)), failure.Path);
        }

        [Fact]
        public void A_million_deep_array_chain_copies_whole_on_a_1MB_stack_when_MaxDepth_allows_it()
        {
            var copy = OnSmallStack(() => Copy(ArrayChain(Million), Options(maxDepth: Million)));

            var depth = 0;
            for (var current = (object[])copy!; current.Length > 0; current = (object[])current[0]!)
            {
                depth++;
            }

            Assert.Equal(Million, depth);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        [InlineData(1000)]
        public void MaxDepth_is_inclusive_the_root_being_level_0(int maxDepth)
        {
            var options = Options(maxDepth: maxDepth);

            DeepCopier.Copy(ArrayChain(maxDepth), options, out var statistics);
            var failure = CopyFails(ArrayChain(maxDepth + 1), options);

            Assert.Equal(maxDepth, statistics.MaxDepthReached);
            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, failure.Kind);
        }

        [Fact]
        public void Without_MaxDepth_the_limit_is_1000()
        {
            DeepCopier.Copy(ArrayChain(1000), Options(), out var statistics);

            Assert.Equal(1000, statistics.MaxDepthReached);
            Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, CopyFails(ArrayChain(1001)).Kind);
        }

        /// <summary>A chain whose innermost array is at depth <paramref name="depth"/>: <c>[[[...[]...]]]</c>.</summary>
        private static object[] ArrayChain(int depth)
        {
            var current = new object[0];
            for (var i = 0; i < depth; i++)
            {
                current = new object[] { current };
            }

            return current;
        }

        private static Node Chain(int length)
        {
            var head = new Node();
            var current = head;
            for (var i = 1; i < length; i++)
            {
                current.Next = new Node();
                current = current.Next;
            }

            return head;
        }

        public sealed class Node
        {
            public Node? Next { get; set; }
        }
    }
}
