using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    /// <summary>
    /// Code of the source's types that throws (a key's ToString, an enumerator) stops the copy with HandlerFailed at its
    /// place; only a framework collection that changed under its enumerator is SourceChangedDuringCopy.
    /// </summary>
    public sealed class JsonUserCodeFailureTests
    {
        [Fact]
        public void A_key_whose_ToString_throws_is_HandlerFailed_at_the_key()
        {
            var key = new ThrowingKey();

            var failure = CopyFails(new Hashtable { ["outer"] = new Hashtable { [key] = 1 } });

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$['outer'].Keys[0]", failure.Path);
            Assert.Same(key, failure.OffendingValue);
            Assert.Equal("boom", Assert.IsType<InvalidOperationException>(failure.InnerException).Message);
        }

        [Fact]
        public void A_generic_dictionary_key_whose_ToString_throws_is_HandlerFailed_at_the_key()
        {
            var key = new ThrowingKey();

            var failure = CopyFails(new Dictionary<object, int> { ["first"] = 0, [key] = 1 });

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$.Keys[1]", failure.Path);
            Assert.Same(key, failure.OffendingValue);
        }

        [Fact]
        public void The_next_copy_on_the_thread_works_after_a_key_failed()
        {
            CopyFails(new Hashtable { [new ThrowingKey()] = 1 });

            Assert.Equal("Dict{a:Int32 1}", Dump(Copy(new Hashtable { ["a"] = 1 })));
        }

        [Fact]
        public void An_enumerator_of_your_own_that_throws_InvalidOperationException_is_HandlerFailed()
        {
            var items = new ThrowingEnumerable();

            var failure = CopyFails(new object[] { items });

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$[0]", failure.Path);
            Assert.Same(items, failure.OffendingValue);
            Assert.Equal("my own error", Assert.IsType<InvalidOperationException>(failure.InnerException).Message);
        }

        [Fact]
        public void A_dictionary_of_your_own_whose_enumerator_throws_InvalidOperationException_is_HandlerFailed()
        {
            var dictionary = new ThrowingHashtable { ["a"] = 1 };

            var failure = CopyFails(new object[] { dictionary });

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$[0]", failure.Path);
            Assert.Same(dictionary, failure.OffendingValue);
        }

        public sealed class ThrowingKey
        {
            public override string ToString() => throw new InvalidOperationException("boom");
        }

        public sealed class ThrowingEnumerable : IEnumerable
        {
            public IEnumerator GetEnumerator()
            {
                yield return 1;
                throw new InvalidOperationException("my own error");
            }
        }

        public sealed class ThrowingHashtable : Hashtable
        {
            public override IDictionaryEnumerator GetEnumerator() => throw new InvalidOperationException("my own dictionary error");
        }
    }
}
