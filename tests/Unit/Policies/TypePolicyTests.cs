using System;
using System.Collections.Generic;
using System.IO;
using DeepCopy.Core;
using DeepCopy.Core.Metadata;
using Xunit;
using static DeepCopy.Tests.Policies.PolicyTypes;

namespace DeepCopy.Tests.Policies
{
    /// <summary>Each policy kind, on fields, collections and the root, for a type and its subtypes.</summary>
    public sealed class TypePolicyTests
    {
        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void ShareKeepsTheReferenceForTheTypeAndItsSubtypes(DeepCopyStrategy strategy)
        {
            var source = new Holder { Config = new Config(), Other = new DerivedConfig(), Anything = new List<int> { 1 } };
            source.Items.Add(source.Config);
            var policies = TypePolicySet.CreateBuilder().Share(typeof(Config)).Build();

            var copy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));

            Assert.Same(source.Config, copy.Config);
            Assert.Same(source.Other, copy.Other);
            Assert.Same(source.Config, copy.Items[0]);
            Assert.NotSame(source.Anything, copy.Anything);
            Assert.NotSame(source.Items, copy.Items);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void NullLeavesNullInEveryPlace(DeepCopyStrategy strategy)
        {
            var config = new DerivedConfig();
            var source = new Holder { Config = config, Anything = config, Other = new Config() };
            source.Items.Add(config);
            source.Items.Add("kept");
            var array = new object[] { config, 1 };
            var policies = TypePolicySet.CreateBuilder().SetNull(typeof(DerivedConfig)).Build();

            var copy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));
            var arrayCopy = DeepCopier.Copy(array, PolicyStrategies.With(strategy, policies));

            Assert.Null(copy.Config);
            Assert.Null(copy.Anything);
            Assert.Null(copy.Items[0]);
            Assert.Equal("kept", copy.Items[1]);
            Assert.NotNull(copy.Other);
            Assert.Null(arrayCopy[0]);
            Assert.Equal(1, arrayCopy[1]);
            Assert.Null(DeepCopier.Copy<object>(config, PolicyStrategies.With(strategy, policies)));
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void ThrowStopsTheCopyWithThePath(DeepCopyStrategy strategy)
        {
            var source = new Holder();
            source.Items.Add(new List<object> { new DerivedConfig() });
            var policies = TypePolicySet.CreateBuilder().Throw(typeof(Config)).Build();

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
            Assert.Equal("$.Items[0][0]", error.Path);
            Assert.Equal(typeof(DerivedConfig), error.OffendingType);
            Assert.Contains("type policy", error.Message);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void ThrowIgnoresNonCopyableAction(DeepCopyStrategy strategy)
        {
            var policies = TypePolicySet.CreateBuilder().Throw(typeof(Config)).SetNull(typeof(MemoryStream)).Build();
            var options = PolicyStrategies.With(strategy, policies);
            options.NonCopyableAction = NonCopyableAction.Reference;

            Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new Holder { Config = new Config() }, options));
            Assert.Null(DeepCopier.Copy(new Holder { Anything = new MemoryStream() }, options).Anything);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CustomCopierResultIsTheCopyAndRunsOncePerSourceValue(DeepCopyStrategy strategy)
        {
            var calls = 0;
            var config = new Config { Name = "a" };
            var source = new Holder { Config = config, Other = config, Anything = config };
            var policies = TypePolicySet.CreateBuilder()
                .Custom(typeof(Config), value =>
                {
                    calls++;
                    return new Config { Name = ((Config)value).Name + "'" , Values = ((Config)value).Values };
                })
                .Build();

            var copy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));

            Assert.Equal(1, calls);
            Assert.Equal("a'", copy.Config!.Name);
            Assert.Same(copy.Config, copy.Other);
            Assert.Same(copy.Config, copy.Anything);
            // The result is finished as returned: the engine does not walk into it.
            Assert.Same(config.Values, copy.Config.Values);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CustomCopierMayCopyChildrenThroughTheContext(DeepCopyStrategy strategy)
        {
            var config = new Config();
            var source = new Holder { Config = config, Anything = config.Values };
            var policies = TypePolicySet.CreateBuilder()
                .Custom(typeof(Config), (value, context) => new Config
                {
                    Name = "custom",
                    Values = (List<int>)context.CopyMember(((Config)value).Values, "Values")!,
                })
                .Build();

            var copy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));

            Assert.Equal("custom", copy.Config!.Name);
            Assert.NotSame(config.Values, copy.Config.Values);
            Assert.Equal(config.Values, copy.Config.Values);
            // The child went through the identity map: the other reference to it resolves to the same copy.
            Assert.Same(copy.Config.Values, copy.Anything);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CustomCopierMayReturnNull(DeepCopyStrategy strategy)
        {
            var source = new Holder { Config = new Config() };
            source.Items.Add(source.Config);
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), _ => null).Build();

            var copy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));

            Assert.Null(copy.Config);
            Assert.Null(copy.Items[0]);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void FailingCustomCopierGivesHandlerFailedWithThePath(DeepCopyStrategy strategy)
        {
            var source = new Holder();
            source.Items.Add(new Holder { Config = new Config() });
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), _ => throw new FormatException("bad config")).Build();

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.Equal("$.Items[0].Config", error.Path);
            Assert.IsType<FormatException>(error.InnerException);
            Assert.Contains("bad config", error.Message);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CustomCopierMustReturnTheSourcesType(DeepCopyStrategy strategy)
        {
            var source = new Holder { Config = new DerivedConfig() };
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), _ => new Config()).Build();

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.Equal("$.Config", error.Path);
            Assert.IsType<InvalidCastException>(error.InnerException);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CustomCopierThatCopiesItsOwnValueAgainFails(DeepCopyStrategy strategy)
        {
            var node = new Node();
            node.Next = node;
            var policies = TypePolicySet.CreateBuilder()
                .Custom(typeof(Node), (value, context) => new Node { Next = (Node?)context.CopyMember(((Node)value).Next, "Next") })
                .Build();

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(node, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.Equal("$.Next", error.Path);
        }

        [Fact]
        public void CustomCopiersNestedBeyondTheBoundFailInsteadOfOverflowingTheStack()
        {
            Node? head = null;
            for (var i = 0; i < 10_000; i++)
            {
                head = new Node { Next = head };
            }

            var policies = TypePolicySet.CreateBuilder()
                .Custom(typeof(Node), (value, context) => new Node { Next = (Node?)context.CopyMember(((Node)value).Next, "Next") })
                .Build();

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(head, new DeepCopyOptions { TypePolicies = policies }));
            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.IsType<InvalidOperationException>(error.InnerException);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CloneIsUsedOnlyWhenAskedFor(DeepCopyStrategy strategy)
        {
            var source = new Holder { Anything = new CloneableThing() };

            var plain = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
            Assert.Equal(0, ((CloneableThing)source.Anything).CloneCalls);
            Assert.NotSame(((CloneableThing)source.Anything).Values, ((CloneableThing)plain.Anything!).Values);

            var policies = TypePolicySet.CreateBuilder().Clone(typeof(ICloneable)).Build();
            var cloned = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));

            var original = (CloneableThing)source.Anything;
            var clone = (CloneableThing)cloned.Anything!;
            Assert.Equal(1, original.CloneCalls);
            Assert.NotSame(original, clone);
            // Clone() is the type's own code, here shallow: the engine does not deepen it.
            Assert.Same(original.Values, clone.Values);
            // Other ICloneable values follow the policy too, strings excepted (always shared).
            Assert.Equal("text", cloned.Text);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopyOverridesABuiltInRefusal(DeepCopyStrategy strategy)
        {
            var stream = new MemoryStream(new byte[] { 1, 2, 3 }, 0, 3, writable: true, publiclyVisible: true);
            var source = new Holder { Anything = stream };
            Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

            var policies = TypePolicySet.CreateBuilder().Copy(typeof(MemoryStream)).Build();
            var copy = (MemoryStream)DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)).Anything!;

            Assert.NotSame(stream, copy);
            Assert.NotSame(stream.GetBuffer(), copy.GetBuffer());
            Assert.Equal(stream.ToArray(), copy.ToArray());
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void PoliciesNeverReachStringsNumbersOrStructs(DeepCopyStrategy strategy)
        {
            var boxed = new KeyValuePair<string, List<int>>("k", new List<int> { 1 });
            var source = new Holder { Anything = boxed, Config = new Config() };
            source.Items.Add("text");
            source.Items.Add(3);
            var policies = TypePolicySet.CreateBuilder().SetNull(typeof(object)).Build();

            var copy = DeepCopier.Copy<object>(source, PolicyStrategies.With(strategy, policies));
            Assert.Null(copy);

            var list = new List<object?> { "text", 3, boxed, new Config() };
            var listPolicies = TypePolicySet.CreateBuilder().SetNull(typeof(Config)).Throw(typeof(IComparable)).Build();
            var listCopy = DeepCopier.Copy(list, PolicyStrategies.With(strategy, listPolicies));

            Assert.Equal("text", listCopy[0]);
            Assert.Equal(3, listCopy[1]);
            Assert.NotSame(boxed.Value, ((KeyValuePair<string, List<int>>)listCopy[2]!).Value);
            Assert.Null(listCopy[3]);
        }

        [Fact]
        public void PerCallPlansLeaveTheGlobalCacheAlone()
        {
            var policies = TypePolicySet.CreateBuilder().Share(typeof(Config)).Build();
            DeepCopier.Copy(new Holder { Config = new Config() }, new DeepCopyOptions { TypePolicies = policies });

            Assert.Equal(TypePlanKind.FieldWalk, TypePlanCache.Get(typeof(Config)).Kind);
            var copy = DeepCopier.Copy(new Holder { Config = new Config() });
            Assert.NotNull(copy.Config);
        }
    }
}
