using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Strategies.Json;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    /// <summary>
    /// The source's own code that the Json walk runs (getters, enumerators, a key's ToString, shape adapters) may run a
    /// copy of its own, or have a cancellation of its own. A failure of such a copy, and such a cancellation, are that
    /// code's failure: HandlerFailed at its place in this graph, with the exception inside, as the exact strategies
    /// report a copier's (hunt 29). Only the cancellation of this copy's own token still stops the copy.
    /// </summary>
    public sealed class JsonNestedCopyFailureTests
    {
        static JsonNestedCopyFailureTests()
        {
            // Claims only this file's SnapshotWrapper and SnapshotShape, so other tests never see it.
            DeepCopyRegistry.RegisterJsonShapeAdapter(new SnapshotAdapter());
        }

        public static TheoryData<DeepCopyStrategy> InnerStrategies => new TheoryData<DeepCopyStrategy>
        {
            DeepCopyStrategy.Auto,
            DeepCopyStrategy.Reflection,
            DeepCopyStrategy.Json,
        };

        [Theory]
        [MemberData(nameof(InnerStrategies))]
        public void A_getter_whose_own_copy_fails_is_HandlerFailed_at_its_property(DeepCopyStrategy inner)
        {
            var owner = new SnapshotGetter(inner);

            var failure = CopyFails(new object[] { 1, owner });

            AssertHandlerFailedAt(failure, "$[1].Snapshot", owner);
            AssertInnerCopyFailure(failure);
        }

        [Theory]
        [MemberData(nameof(InnerStrategies))]
        public void An_enumerator_whose_own_copy_fails_is_HandlerFailed_at_its_collection(DeepCopyStrategy inner)
        {
            var items = new SnapshotEnumerable(inner);

            var failure = CopyFails(new Hashtable { ["items"] = items });

            AssertHandlerFailedAt(failure, "$['items']", items);
            AssertInnerCopyFailure(failure);
        }

        [Fact]
        public void A_dictionary_whose_own_enumerator_copy_fails_is_HandlerFailed_at_the_dictionary()
        {
            var dictionary = new SnapshotDictionary { ["a"] = 1 };

            var failure = CopyFails(new object[] { dictionary });

            AssertHandlerFailedAt(failure, "$[0]", dictionary);
            AssertInnerCopyFailure(failure);
        }

        [Fact]
        public void A_pair_dictionary_whose_own_enumerator_copy_fails_is_HandlerFailed_at_the_dictionary()
        {
            var pairs = new SnapshotPairs();

            var failure = CopyFails(new object[] { pairs });

            AssertHandlerFailedAt(failure, "$[0]", pairs);
            AssertInnerCopyFailure(failure);
        }

        [Fact]
        public void A_key_whose_ToString_copy_fails_is_HandlerFailed_at_the_key()
        {
            var key = new SnapshotKey();

            var failure = CopyFails(new Hashtable { [key] = 1 });

            AssertHandlerFailedAt(failure, "$.Keys[0]", key);
            AssertInnerCopyFailure(failure);
        }

        [Fact]
        public void An_adapter_whose_own_copy_fails_is_HandlerFailed_at_its_value()
        {
            var shape = new SnapshotShape();

            var failure = CopyFails(new Hashtable { ["shape"] = shape });

            AssertHandlerFailedAt(failure, "$['shape']", shape);
            AssertInnerCopyFailure(failure);
        }

        [Fact]
        public void An_adapter_unwrapping_whose_own_copy_fails_is_HandlerFailed_at_its_wrapper()
        {
            var wrapper = new SnapshotWrapper();

            var failure = CopyFails(new object[] { wrapper });

            AssertHandlerFailedAt(failure, "$[0]", wrapper);
            AssertInnerCopyFailure(failure);
        }

        [Fact]
        public void A_getter_cancelled_by_a_token_of_its_own_is_HandlerFailed_at_its_property()
        {
            var owner = new OwnCancellationGetter();

            var failure = CopyFails(new Hashtable { ["owner"] = owner });

            AssertHandlerFailedAt(failure, "$['owner'].Value", owner);
            Assert.IsAssignableFrom<OperationCanceledException>(failure.InnerException);
        }

        [Fact]
        public void An_enumerator_cancelled_by_a_token_of_its_own_is_HandlerFailed_at_its_collection()
        {
            var items = new OwnCancellationEnumerable();

            var failure = CopyFails(new object[] { 1, items });

            AssertHandlerFailedAt(failure, "$[1]", items);
            Assert.IsAssignableFrom<OperationCanceledException>(failure.InnerException);
        }

        [Fact]
        public void A_getter_that_sees_the_copys_own_token_cancelled_still_stops_the_copy()
        {
            using var cancellation = new CancellationTokenSource();
            var options = Options();
            options.CancellationToken = cancellation.Token;

            var error = Assert.ThrowsAny<OperationCanceledException>(() => Copy(new object[] { new CancellingGetter(cancellation) }, options));

            Assert.Equal(cancellation.Token, error.CancellationToken);
        }

        [Fact]
        public void An_enumerator_that_sees_the_copys_own_token_cancelled_still_stops_the_copy()
        {
            using var cancellation = new CancellationTokenSource();
            var options = Options();
            options.CancellationToken = cancellation.Token;

            var error = Assert.ThrowsAny<OperationCanceledException>(() => Copy(new object[] { new CancellingEnumerable(cancellation) }, options));

            Assert.Equal(cancellation.Token, error.CancellationToken);
        }

        [Fact]
        public void A_failure_of_the_copy_itself_keeps_its_own_kind_and_path()
        {
            var failure = CopyFails(new Hashtable { ["list"] = new ArrayList { 1, new MemoryStream() } });

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, failure.Kind);
            Assert.Equal("$['list'][1]", failure.Path);
        }

        /// <summary>The outer copy's own HandlerFailed, at the place of the value whose code ran the failing copy.</summary>
        private static void AssertHandlerFailedAt(DeepCopyException failure, string path, object value)
        {
            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal(path, failure.Path);
            Assert.Same(value, failure.OffendingValue);
        }

        private static void AssertInnerCopyFailure(DeepCopyException failure)
        {
            var inner = Assert.IsType<DeepCopyException>(failure.InnerException);
            Assert.Equal(DeepCopyErrorKind.NonCopyableType, inner.Kind);
            Assert.Equal("$.Stream", inner.Path);
        }

        /// <summary>A copy the source's code runs of something of its own, which cannot be copied.</summary>
        private static void FailingSnapshot(DeepCopyStrategy strategy = DeepCopyStrategy.Auto) =>
            DeepCopier.Copy(new StreamHolder { Stream = new MemoryStream() }, new DeepCopyOptions { Strategy = strategy });

        private static OperationCanceledException OwnCancellation()
        {
            using var own = new CancellationTokenSource();
            own.Cancel();
            return new OperationCanceledException(own.Token);
        }

        public sealed class StreamHolder
        {
            public object? Stream;
        }

        public sealed class SnapshotGetter
        {
            private readonly DeepCopyStrategy _inner;

            public SnapshotGetter(DeepCopyStrategy inner) => _inner = inner;

            public int Snapshot
            {
                get
                {
                    FailingSnapshot(_inner);
                    return 1;
                }
            }
        }

        public sealed class SnapshotEnumerable : IEnumerable
        {
            private readonly DeepCopyStrategy _inner;

            public SnapshotEnumerable(DeepCopyStrategy inner) => _inner = inner;

            public IEnumerator GetEnumerator()
            {
                yield return 1;
                FailingSnapshot(_inner);
            }
        }

        public sealed class SnapshotDictionary : Hashtable
        {
            public override IDictionaryEnumerator GetEnumerator()
            {
                FailingSnapshot();
                return base.GetEnumerator();
            }
        }

        public sealed class SnapshotPairs : IEnumerable<KeyValuePair<string, int>>
        {
            public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
            {
                yield return new KeyValuePair<string, int>("a", 1);
                FailingSnapshot();
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public sealed class SnapshotKey
        {
            public override string ToString()
            {
                FailingSnapshot();
                return "key";
            }
        }

        public sealed class SnapshotShape
        {
        }

        public sealed class SnapshotWrapper
        {
        }

        public sealed class OwnCancellationGetter
        {
            public int Value => throw OwnCancellation();
        }

        public sealed class OwnCancellationEnumerable : IEnumerable
        {
            public IEnumerator GetEnumerator()
            {
                yield return 1;
                throw OwnCancellation();
            }
        }

        public sealed class CancellingGetter
        {
            private readonly CancellationTokenSource _cancellation;

            public CancellingGetter(CancellationTokenSource cancellation) => _cancellation = cancellation;

            public int Value
            {
                get
                {
                    _cancellation.Cancel();
                    _cancellation.Token.ThrowIfCancellationRequested();
                    return 1;
                }
            }
        }

        public sealed class CancellingEnumerable : IEnumerable
        {
            private readonly CancellationTokenSource _cancellation;

            public CancellingEnumerable(CancellationTokenSource cancellation) => _cancellation = cancellation;

            public IEnumerator GetEnumerator()
            {
                yield return 1;
                _cancellation.Cancel();
                _cancellation.Token.ThrowIfCancellationRequested();
            }
        }

        /// <summary>Describes a SnapshotShape and unwraps a SnapshotWrapper, each after a copy of its own that fails.</summary>
        private sealed class SnapshotAdapter : JsonShapeAdapter
        {
            public override bool CanWrite(Type type) => type == typeof(SnapshotShape) || type == typeof(SnapshotWrapper);

            public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
            {
                shape = JsonObjectShape.Object;
                if (!(value is SnapshotShape))
                {
                    return false;
                }

                FailingSnapshot();
                return true;
            }

            public override object? GetWrappedValue(object value)
            {
                if (value is SnapshotWrapper)
                {
                    FailingSnapshot();
                }

                return null;
            }
        }
    }
}
