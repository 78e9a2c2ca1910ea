using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Errors;
using Xunit;

namespace DeepCopy.Tests.Engine
{
    /// <summary>What an error's message tells the user to do agrees with its RecommendedAction, and works.</summary>
    public sealed class ErrorAdviceTests
    {
        [Fact]
        public void A_Json_cycle_recommends_Auto_in_the_message_and_the_recommended_action()
        {
            var source = new Hashtable();
            source["self"] = source;

            var failure = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Json }, out _));
            var record = ErrorRecordFactory.FromCopyFailure(failure);

            Assert.Contains("Auto", failure.Message);
            Assert.DoesNotContain("(Reflection)", failure.Message);
            Assert.Contains("Auto", record.ErrorDetails.RecommendedAction);
        }

        [Theory]
        [InlineData(DeepCopyStrategy.Auto)]
        [InlineData(DeepCopyStrategy.Reflection)]
        [InlineData(DeepCopyStrategy.Json)]
        public void A_key_dropped_by_a_Null_policy_points_at_the_policy_not_at_NonCopyableAction(DeepCopyStrategy strategy)
        {
            var source = new Dictionary<Key, int> { [new Key()] = 1 };
            var options = new DeepCopyOptions
            {
                Strategy = strategy,
                TypePolicies = TypePolicySet.CreateBuilder().SetNull(typeof(Key)).Build(),
            };

            var failure = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, options, out _));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, failure.Kind);
            Assert.Contains("type policy", failure.Message);
            Assert.DoesNotContain("NonCopyableAction Reference", failure.Message);
        }

        [Fact]
        public void The_recommended_actions_say_what_does_not_work_for_keys()
        {
            var nonCopyable = ErrorRecordFactory.FromCopyFailure(new DeepCopyException(DeepCopyErrorKind.NonCopyableType, "m", "$", null, null));
            var fixedLimit = ErrorRecordFactory.FromCopyFailure(new DeepCopyException(DeepCopyErrorKind.MaxDepthExceeded, "m", "$", null, null) { IsFixedLimit = true });

            Assert.Contains("key", nonCopyable.ErrorDetails.RecommendedAction);
            Assert.Contains("keys that hold keyed collections", fixedLimit.ErrorDetails.RecommendedAction);
            Assert.Contains("-MaxDepth does not change it", fixedLimit.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void Exceeding_MaxDepth_advises_raising_it_and_nothing_about_fixed_limits()
        {
            var tooDeep = ErrorRecordFactory.FromCopyFailure(new DeepCopyException(DeepCopyErrorKind.MaxDepthExceeded, "m", "$", null, null));

            Assert.StartsWith("Raise -MaxDepth", tooDeep.ErrorDetails.RecommendedAction);
            Assert.DoesNotContain("fixed", tooDeep.ErrorDetails.RecommendedAction);
        }

        public sealed class Key
        {
        }
    }
}
