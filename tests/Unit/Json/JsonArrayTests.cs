using System.Collections;
using System.Collections.Generic;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonArrayTests
    {
        [Fact]
        public void Nested_arrays_come_back_as_nested_object_arrays()
        {
            var source = new object?[] { 1, new object?[] { "a", new object?[] { null, new int[] { 2, 3 } } }, new List<object> { new object[0] } };

            var copy = Copy(source);

            Assert.Equal("[Int32 1,[String a,[null,[Int32 2,Int32 3]]],[[]]]", Dump(copy));
            var outer = Assert.IsType<object[]>(copy);
            var middle = Assert.IsType<object[]>(outer[1]);
            var inner = Assert.IsType<object[]>(middle[1]);
            Assert.IsType<object[]>(inner[1]);
            Assert.IsType<object[]>(outer[2]);
        }

        [Fact]
        public void A_jagged_array_keeps_its_shape_and_a_multidimensional_one_is_flattened()
        {
            var jagged = new[] { new[] { 1, 2 }, new[] { 3 } };
            var grid = new int[,] { { 1, 2 }, { 3, 4 } };

            var copy = (object[])Copy(new object[] { jagged, grid })!;

            Assert.Equal("[[Int32 1,Int32 2],[Int32 3]]", Dump(copy[0]));
            Assert.Equal("[Int32 1,Int32 2,Int32 3,Int32 4]", Dump(copy[1]));
        }

        [Fact]
        public void Empty_containers_come_back_empty()
        {
            var copy = (object[])Copy(new object[] { new object[0], new Hashtable(), new ArrayList() })!;

            Assert.Empty((object[])copy[0]!);
            Assert.Empty((IDictionary)copy[1]!);
            Assert.Empty((object[])copy[2]!);
        }

        [Fact]
        public void A_scalar_or_null_root_comes_back_as_itself()
        {
            Assert.Null(Copy(null));
            Assert.Equal("text", Copy("text"));
            Assert.Equal(true, Copy(true));
            Assert.Equal(42, Copy(42));
        }

        [Fact]
        public void A_list_changed_while_it_is_enumerated_is_a_source_changed_error()
        {
            var list = new List<object>();
            list.Add(new Mutator(list));

            // The element's getter adds to the list, so the list's enumerator fails on its next step.
            var failure = CopyFails(new Hashtable { ["items"] = list });

            Assert.Equal(Core.DeepCopyErrorKind.SourceChangedDuringCopy, failure.Kind);
            Assert.Equal("$['items']", failure.Path);
        }

        public sealed class Mutator
        {
            private readonly List<object> _list;

            public Mutator(List<object> list)
            {
                _list = list;
            }

            public int Value
            {
                get
                {
                    _list.Add(2);
                    return 0;
                }
            }
        }
    }
}
