using System;
using System.Collections.Generic;
using System.IO;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Policies.PolicyTypes;

namespace DeepCopy.Tests.Policies
{
    /// <summary>
    /// Which statement wins: per-call policy, then the fallback set (session defaults), then [DeepCopyShare], then
    /// registrations and built-in rules; and within one set, the most specific entry.
    /// </summary>
    public sealed class PolicyPrecedenceTests
    {
        [Fact]
        public void ExactTypeBeatsBaseClass()
        {
            var policies = TypePolicySet.CreateBuilder().Share(typeof(Stream)).SetNull(typeof(MemoryStream)).Build();

            Assert.Same(TypePolicy.Null, policies.Find(typeof(MemoryStream)));
            Assert.Same(TypePolicy.Share, policies.Find(typeof(BufferedStream)));
            Assert.Null(policies.Find(typeof(List<int>)));
        }

        [Fact]
        public void NearestBaseClassWins()
        {
            var policies = TypePolicySet.CreateBuilder().SetNull(typeof(object)).Share(typeof(Config)).Build();

            Assert.Same(TypePolicy.Share, policies.Find(typeof(DerivedConfig)));
            Assert.Same(TypePolicy.Null, policies.Find(typeof(Holder)));
        }

        [Fact]
        public void ClassBeatsInterfaceAtTheSameLevelAndInterfaceOfTheTypeBeatsBaseClass()
        {
            // DerivedConfig : Config, IMarker. IMarker enters at level 0 (DerivedConfig), Config is level 1.
            var interfaceFirst = TypePolicySet.CreateBuilder().Share(typeof(Config)).SetNull(typeof(IMarker)).Build();
            Assert.Same(TypePolicy.Null, interfaceFirst.Find(typeof(DerivedConfig)));

            // Stream implements IDisposable: both sit at Stream's level, and the class wins.
            var sameLevel = TypePolicySet.CreateBuilder().SetNull(typeof(IDisposable)).Share(typeof(Stream)).Build();
            Assert.Same(TypePolicy.Share, sameLevel.Find(typeof(MemoryStream)));
        }

        [Fact]
        public void DerivedInterfaceBeatsItsBaseWhateverTheOrder()
        {
            var policies = TypePolicySet.CreateBuilder().SetNull(typeof(IMarker)).Share(typeof(IDerivedMarker)).Build();

            Assert.Same(TypePolicy.Share, policies.Find(typeof(MarkedThing)));
        }

        [Fact]
        public void SettingATypeAgainReplacesItsPolicy()
        {
            var policies = TypePolicySet.CreateBuilder().Share(typeof(Config)).SetNull(typeof(Config)).Build();

            Assert.Single(policies.Entries);
            Assert.Same(TypePolicy.Null, policies.Find(typeof(Config)));
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void PerCallEntryBeatsAMoreSpecificFallbackEntry(DeepCopyStrategy strategy)
        {
            var session = TypePolicySet.CreateBuilder().SetNull(typeof(MemoryStream)).Share(typeof(Config)).Build();
            var perCall = TypePolicySet.CreateBuilder().Share(typeof(Stream)).Build().WithFallback(session);
            var stream = new MemoryStream();
            var source = new Holder { Anything = stream, Config = new Config() };

            var copy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, perCall));

            Assert.Same(stream, copy.Anything);
            Assert.Same(source.Config, copy.Config);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void PolicyBeatsTheShareAttribute(DeepCopyStrategy strategy)
        {
            var source = new List<object> { new SharedThing(), new DerivedSharedThing() };

            var byAttribute = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
            Assert.Same(source[0], byAttribute[0]);
            Assert.Same(source[1], byAttribute[1]);

            var policies = TypePolicySet.CreateBuilder().Copy(typeof(SharedThing)).Build();
            var byPolicy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));
            Assert.NotSame(source[0], byPolicy[0]);
            Assert.NotSame(((SharedThing)source[0]).Values, ((SharedThing)byPolicy[0]).Values);
            Assert.IsType<DerivedSharedThing>(byPolicy[1]);
            Assert.NotSame(source[1], byPolicy[1]);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void PolicyBeatsARegisteredSharedTypeEvenInAFieldDeclaredWithIt(DeepCopyStrategy strategy)
        {
            DeepCopyRegistry.RegisterShared(typeof(RegisteredSharedThing));
            var source = new RegisteredSharedHolder { Thing = new RegisteredSharedThing() };

            Assert.Same(source.Thing, DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }).Thing);

            var policies = TypePolicySet.CreateBuilder().Copy(typeof(RegisteredSharedThing)).Build();
            var copy = DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));
            Assert.NotSame(source.Thing, copy.Thing);
            Assert.NotSame(source.Thing.Values, copy.Thing!.Values);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void ShareAttributeBeatsARegisteredHandler(DeepCopyStrategy strategy)
        {
            DeepCopyRegistry.RegisterHandler(new CountingHandler());
            var source = new List<object> { new HandledAndShared() };

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.Same(source[0], copy[0]);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void ShareAttributeOnAStructKeepsItsReferencesShared(DeepCopyStrategy strategy)
        {
            var source = new SharedStructHolder { Inline = new SharedStruct { Values = new List<int> { 1 } } };

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

            Assert.NotSame(source, copy);
            Assert.Same(source.Inline.Values, copy.Inline.Values);
        }

        [Fact]
        public void InvalidPoliciesAreRefusedWhenBuilt()
        {
            var builder = TypePolicySet.CreateBuilder();

            Assert.Throws<ArgumentException>(() => builder.Share(typeof(string)));
            Assert.Throws<ArgumentException>(() => builder.SetNull(typeof(int)));
            Assert.Throws<ArgumentException>(() => builder.Share(typeof(KeyValuePair<string, int>)));
            Assert.Throws<ArgumentException>(() => builder.Share(typeof(Type)));
            Assert.Throws<ArgumentException>(() => builder.Share(typeof(List<>)));
            Assert.Throws<ArgumentException>(() => builder.Clone(typeof(Config)));
            Assert.Throws<ArgumentNullException>(() => builder.Custom(typeof(Config), (Func<object, object?>)null!));
            Assert.Equal(0, builder.Count);
        }

        /// <summary>Claims <see cref="HandledAndShared"/> only, and fails if it is ever asked to copy it.</summary>
        private sealed class CountingHandler : DeepCopyHandler
        {
            public override bool CanHandle(Type type) => type == typeof(HandledAndShared);

            public override object CreateShell(object source, DeepCopyContext context) =>
                throw new InvalidOperationException("The attribute should have won.");

            public override void Populate(object source, object shell, DeepCopyContext context)
            {
            }
        }
    }
}
