using System;
using System.Collections;
using System.IO;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonNonCopyableTests
    {
        [Fact]
        public void Throw_names_the_path_and_the_type()
        {
            using var stream = new MemoryStream();

            var failure = CopyFails(new Hashtable { ["log"] = stream }, Options(NonCopyableAction.Throw));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, failure.Kind);
            Assert.Equal("$['log']", failure.Path);
            Assert.Equal(typeof(MemoryStream), failure.OffendingType);
            Assert.Same(stream, failure.OffendingValue);
        }

        [Fact]
        public void Throw_reports_places_inside_objects_and_arrays()
        {
            Action callback = () => { };

            var failure = CopyFails(Custom(("items", new object[] { 1, callback })), Options(NonCopyableAction.Throw));

            Assert.Equal("$.items[1]", failure.Path);
            Assert.Equal(DeepCopyErrorKind.NonCopyableType, failure.Kind);
        }

        [Fact]
        public void Null_puts_null_in_their_place()
        {
            using var stream = new MemoryStream();
            var source = new object?[] { 1, stream, Custom(("callback", (Action)(() => { }))) };

            var copy = (object[])Copy(source, Options(NonCopyableAction.Null))!;

            Assert.Equal("[Int32 1,null,Custom{callback:null}]", Dump(copy));
        }

        [Fact]
        public void Reference_keeps_the_same_instances_in_their_place()
        {
            using var stream = new MemoryStream();
            Action callback = () => { };
            var source = new object?[] { null, stream, Custom(("callback", callback)), null };

            var copy = (object[])Copy(source, Options(NonCopyableAction.Reference))!;

            Assert.Null(copy[0]);
            Assert.Same(stream, copy[1]);
            Assert.Same(callback, Note(copy[2], "callback"));
            Assert.Null(copy[3]);
        }

        [Fact]
        public void Reference_works_for_the_root_itself()
        {
            using var stream = new MemoryStream();

            Assert.Same(stream, Copy(stream, Options(NonCopyableAction.Reference)));
            Assert.Null(Copy(stream, Options(NonCopyableAction.Null)));
            Assert.Equal("$", CopyFails(stream, Options(NonCopyableAction.Throw)).Path);
        }
    }
}
