using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Text;
using DeepCopy.Core;
using DeepCopy.Core.Strategies.Json;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonShapeAdapterTests
    {
        /// <summary>The one name the test adapter reserves; no other test uses it.</summary>
        private const string RefusedName = "RefusedByTheTestAdapter";
        private static readonly TestAdapter Adapter = new TestAdapter();

        static JsonShapeAdapterTests()
        {
            // Claims only this file's types, and builds nothing, so other tests never see it.
            DeepCopyRegistry.RegisterJsonShapeAdapter(Adapter);
        }

        [Fact]
        public void A_wrapper_hands_over_its_value_and_adds_its_members_to_a_wrapped_object()
        {
            var source = new Wrapper(new Hashtable { ["a"] = 1 }, "e");

            Assert.Equal("Dict{a:Int32 1,extra:String e}", Dump(Copy(source)));
        }

        [Fact]
        public void A_wrapper_around_a_scalar_writes_the_scalar_alone()
        {
            Assert.Equal(5, Copy(new Wrapper(5, "dropped")));
        }

        [Fact]
        public void Wrappers_nest_and_the_outermost_wins_a_duplicate_name()
        {
            var source = new Wrapper(new Wrapper(new Hashtable { ["a"] = 1 }, "inner"), "outer");

            Assert.Equal("Dict{a:Int32 1,extra:String outer}", Dump(Copy(source)));
        }

        [Fact]
        public void A_declining_adapter_leaves_the_value_to_the_built_in_rules()
        {
            Assert.Equal("Custom{Value:Int32 3}", Dump(Copy(new Declined { Value = 3 })));
        }

        [Fact]
        public void An_adapter_that_throws_is_a_handler_failure_with_the_path()
        {
            var failure = CopyFails(new Hashtable { ["boom"] = new Exploding() });

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$['boom']", failure.Path);
            Assert.IsType<NotSupportedException>(failure.InnerException);
        }

        [Fact]
        public void A_property_getter_that_throws_is_a_handler_failure_naming_the_property()
        {
            var failure = CopyFails(new object[] { new BadGetter() });

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$[0].Bad", failure.Path);
            Assert.IsType<InvalidOperationException>(failure.InnerException);
        }

        [Fact]
        public void The_built_in_object_is_an_ordered_dictionary_where_a_later_duplicate_wins()
        {
            var members = new List<KeyValuePair<string, object?>> { new("b", 1), new("a", 2), new("b", 3) };

            var created = JsonObjectFactory.CreateDefault(members);

            Assert.IsType<OrderedDictionary>(created);
            Assert.Equal("Dict{b:Int32 3,a:Int32 2}", Dump(created));
        }

        [Fact]
        public void A_read_side_failure_is_placed_by_the_open_frames()
        {
            var frames = new[]
            {
                new JsonReadFrame { Kind = Core.Engine.PathSegmentKind.Root },
                new JsonReadFrame { Kind = Core.Engine.PathSegmentKind.Member, Segment = "items" },
                new JsonReadFrame { Kind = Core.Engine.PathSegmentKind.Index, Index = 2 },
            };

            Assert.Equal("$.items[2]", JsonReadFrame.FormatPath(frames, 3));
            Assert.Equal("$", JsonReadFrame.FormatPath(frames, 1));
        }

        [Fact]
        public void A_name_a_registered_adapter_reserves_is_refused_naming_the_object_that_has_it()
        {
            var item = new HasRefusedName();

            var failure = CopyFails(new object[] { item });

            Assert.Equal(DeepCopyErrorKind.ReservedMemberName, failure.Kind);
            Assert.Equal("$[0]." + RefusedName, failure.Path);
            Assert.Same(item, failure.OffendingValue);
            Assert.Contains("the test adapter reserves it.", failure.Message);
        }

        [Fact]
        public void A_reserved_name_that_a_wrapper_adds_is_refused_naming_the_wrapper()
        {
            var wrapper = new Wrapper(new Declined { Value = 1 }, "e", RefusedName);

            var failure = CopyFails(new Hashtable { ["w"] = wrapper });

            Assert.Equal(DeepCopyErrorKind.ReservedMemberName, failure.Kind);
            Assert.Equal("$['w']." + RefusedName, failure.Path);
            Assert.Same(wrapper, failure.OffendingValue);
        }

        [Fact]
        public void A_reserved_name_is_kept_as_a_dictionary_key_and_as_a_wrapped_dictionary_member()
        {
            var source = new Hashtable { [RefusedName] = 1, ["w"] = new Wrapper(new Hashtable(), "e", RefusedName) };

            var copy = (IDictionary)Copy(source)!;

            Assert.Equal(1, copy[RefusedName]);
            Assert.Equal("e", ((IDictionary)copy["w"]!)[RefusedName]);
        }

        [Fact]
        public void A_read_side_adapter_failure_names_the_source_object_in_the_writers_path_syntax()
        {
            var inner = new Declined { Value = 1 };
            var source = new Hashtable { ["item"] = new object[] { inner } };
            var tape = new JsonTape { Adapters = new JsonShapeAdapter[] { new FailingBuilder() } };
            tape.Objects.Add(new JsonTapeObject(JsonObjectShape.Dictionary, source));
            tape.Objects.Add(new JsonTapeObject(JsonObjectShape.Object, inner));
            var json = Encoding.UTF8.GetBytes("{\"item\":[{\"Value\":1}]}");

            var failure = Assert.Throws<DeepCopyException>(() => new JsonGraphReader().Read(json, tape, 10, default, out _));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$['item'][0]", failure.Path);
            Assert.Same(inner, failure.OffendingValue);
            Assert.Equal(typeof(Declined), failure.OffendingType);
            Assert.Contains(nameof(FailingBuilder), failure.Message);
            Assert.IsType<NotSupportedException>(failure.InnerException);
        }

        public sealed class Wrapper
        {
            public Wrapper(object value, string extra, string name = "extra")
            {
                Value = value;
                Extra = extra;
                Name = name;
            }

            public object Value { get; }

            public string Extra { get; }

            public string Name { get; }
        }

        public sealed class HasRefusedName
        {
            public int RefusedByTheTestAdapter => 1;
        }

        public sealed class Declined
        {
            public int Value { get; set; }
        }

        public sealed class Exploding
        {
        }

        public sealed class BadGetter
        {
            public int Bad => throw new InvalidOperationException("no");
        }

        /// <summary>Builds nothing: every object it is asked to build fails. Never registered, only handed to a reader.</summary>
        private sealed class FailingBuilder : JsonShapeAdapter
        {
            public override bool CanWrite(Type type) => false;

            public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
            {
                shape = JsonObjectShape.Object;
                return false;
            }

            public override bool TryCreateObject(JsonObjectShape shape, List<KeyValuePair<string, object?>> members, out object? result) =>
                throw new NotSupportedException("cannot build");
        }

        private sealed class TestAdapter : JsonShapeAdapter
        {
            public override bool CanWrite(Type type) => type == typeof(Wrapper) || type == typeof(Declined) || type == typeof(Exploding);

            public override object? GetWrappedValue(object value) => (value as Wrapper)?.Value;

            public override string? GetReservedMemberNameReason(string name) => name == RefusedName ? "the test adapter reserves it." : null;

            public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
            {
                shape = JsonObjectShape.Object;
                switch (value)
                {
                    case Wrapper wrapper:
                        members.Add(new KeyValuePair<string, object?>(wrapper.Name, wrapper.Extra));
                        return true;
                    case Exploding _:
                        throw new NotSupportedException("exploded");
                    default:
                        return false;
                }
            }
        }
    }
}
