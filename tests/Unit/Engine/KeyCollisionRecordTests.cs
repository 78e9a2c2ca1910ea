using System.Collections;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Errors;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Engine
{
    /// <summary>
    /// A collision of copied keys reaches PowerShell as its own stable id, with the source key as TargetObject and advice
    /// that names the options which drop fields; PowerShell's own OrderedHashtable reports it like any Hashtable.
    /// </summary>
    public sealed class KeyCollisionRecordTests
    {
        [Fact]
        public void A_key_collision_becomes_a_KeyCollision_record_targeting_the_source_key()
        {
            var keys = CollidingCollections.Keys("DeepCopyIgnore");
            var source = CollidingCollections.Make("Hashtable", keys);

            var failure = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source));
            var record = ErrorRecordFactory.FromCopyFailure(failure);

            Assert.Equal("KeyCollision", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, record.CategoryInfo.Category);
            Assert.Same(failure.OffendingValue, record.TargetObject);
            Assert.Contains(record.TargetObject, new object[] { keys[0], keys[2] });
            Assert.Contains("DeepCopyIgnore", record.ErrorDetails.RecommendedAction);
            Assert.Contains("-NonCopyableAction Reference", record.ErrorDetails.RecommendedAction);
            Assert.Contains("type policy", record.ErrorDetails.RecommendedAction);
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void An_OrderedHashtable_whose_keys_collide_fails_at_the_later_key(DeepCopyStrategy strategy)
        {
            PowerShellRegistrations.EnsureRegistered();
            var keys = CollidingCollections.Keys("NonCopyableAction Null");
            var source = (IDictionary)System.Activator.CreateInstance(typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable")!)!;
            foreach (var key in keys)
            {
                source.Add(key, "value");
            }

            var options = new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null };
            var failure = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, options));

            Assert.Equal(DeepCopyErrorKind.KeyCollision, failure.Kind);
            Assert.Equal("$.Keys[2]", failure.Path);
            Assert.Same(keys[2], failure.OffendingValue);
        }
    }
}
