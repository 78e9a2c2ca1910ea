using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    /// <summary>Type policies mean under Json what they mean under the exact strategies (docs/policies.md, docs/json-strategy.md).</summary>
    public sealed class JsonTypePolicyTests
    {
        [Theory]
        [InlineData(NonCopyableAction.Throw)]
        [InlineData(NonCopyableAction.Null)]
        [InlineData(NonCopyableAction.Reference)]
        public void Throw_fails_with_the_path_whatever_the_non_copyable_action(NonCopyableAction action)
        {
            var secret = new Secret();
            var source = new Hashtable { ["items"] = new object[] { 1, Custom(("s", secret)) } };

            var failure = CopyFails(source, With(action, Policies().Throw(typeof(Secret))));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, failure.Kind);
            Assert.Equal("$['items'][1].s", failure.Path);
            Assert.Same(secret, failure.OffendingValue);
            Assert.Contains("type policy", failure.Message);
            Assert.Equal(0, secret.Reads);
        }

        [Fact]
        public void Null_writes_null_everywhere_and_runs_no_getter()
        {
            var secret = new Secret();
            var source = new Hashtable { ["s"] = secret, ["list"] = new List<object> { secret, 2 }, ["n"] = 1 };

            var copy = (IDictionary)Copy(source, With(NonCopyableAction.Throw, Policies().SetNull(typeof(Secret))))!;

            Assert.Null(copy["s"]);
            Assert.Equal("[null,Int32 2]", Dump(copy["list"]));
            Assert.Equal(1, copy["n"]);
            Assert.Equal(0, secret.Reads);
            Assert.Null(Copy(secret, With(NonCopyableAction.Throw, Policies().SetNull(typeof(Secret)))));
        }

        [Fact]
        public void Null_drops_a_value_the_built_in_rules_refuse()
        {
            using var stream = new MemoryStream();

            var copy = (IDictionary)Copy(new Hashtable { ["log"] = stream }, With(NonCopyableAction.Throw, Policies().SetNull(typeof(Stream))))!;

            Assert.True(copy.Contains("log"));
            Assert.Null(copy["log"]);
        }

        [Fact]
        public void Null_reaches_the_value_inside_a_PSObject_wrapper()
        {
            var copy = (IDictionary)Copy(new Hashtable { ["s"] = new PSObject(new Secret()) }, With(NonCopyableAction.Throw, Policies().SetNull(typeof(Secret))))!;

            Assert.Null(copy["s"]);
        }

        [Fact]
        public void Share_carries_the_instance_into_the_copy_and_runs_no_getter()
        {
            var secret = new Secret();

            var copy = (IDictionary)Copy(new Hashtable { ["s"] = secret }, With(NonCopyableAction.Throw, Policies().Share(typeof(Secret))))!;

            Assert.Same(secret, copy["s"]);
            Assert.Equal(0, secret.Reads);
        }

        [Fact]
        public void Copy_writes_a_type_that_is_otherwise_shared_by_contract()
        {
            var shared = new SharedByAttribute();
            var plain = (IDictionary)Copy(new Hashtable { ["v"] = shared })!;
            Assert.Same(shared, plain["v"]);

            var copy = (IDictionary)Copy(new Hashtable { ["v"] = shared }, With(NonCopyableAction.Throw, Policies().Copy(typeof(SharedByAttribute))))!;

            Assert.Equal("Custom{Name:String shared}", Dump(copy["v"]));
        }

        [Fact]
        public void Custom_copier_result_is_carried_by_reference()
        {
            var secret = new Secret();
            var replacement = new Secret();
            object? seen = null;
            var policies = Policies().Custom(typeof(Secret), value =>
            {
                seen = value;
                return replacement;
            });

            var copy = (IDictionary)Copy(new Hashtable { ["s"] = secret }, With(NonCopyableAction.Throw, policies))!;

            Assert.Same(secret, seen);
            Assert.Same(replacement, copy["s"]);
            Assert.Equal(0, replacement.Reads);
        }

        [Fact]
        public void Custom_copier_may_copy_children_exactly_through_the_context()
        {
            var holder = new Holder { Values = new List<int> { 1, 2 } };
            var policies = Policies().Custom(typeof(Holder), (value, context) =>
                new Holder { Values = (List<int>)context.CopyMember(((Holder)value).Values, "Values")! });

            var copy = (Holder)((IDictionary)Copy(new Hashtable { ["h"] = holder }, With(NonCopyableAction.Throw, policies))!)["h"]!;

            Assert.NotSame(holder.Values, copy.Values);
            Assert.Equal(holder.Values, copy.Values);
        }

        [Fact]
        public void Custom_copier_may_return_null()
        {
            var copy = (IDictionary)Copy(new Hashtable { ["s"] = new Secret() }, With(NonCopyableAction.Throw, Policies().Custom(typeof(Secret), _ => null)))!;

            Assert.True(copy.Contains("s"));
            Assert.Null(copy["s"]);
        }

        [Fact]
        public void Failing_custom_copier_gives_HandlerFailed_with_the_path()
        {
            var source = new Hashtable { ["items"] = new object[] { new Secret() } };
            var policies = Policies().Custom(typeof(Secret), _ => throw new FormatException("bad secret"));

            var failure = CopyFails(source, With(NonCopyableAction.Throw, policies));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$['items'][0]", failure.Path);
            Assert.IsType<FormatException>(failure.InnerException);
        }

        [Fact]
        public void Custom_copier_must_return_the_sources_type()
        {
            var policies = Policies().Custom(typeof(Secret), _ => "not a secret");

            var failure = CopyFails(new Hashtable { ["s"] = new Secret() }, With(NonCopyableAction.Throw, policies));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
            Assert.Equal("$['s']", failure.Path);
            Assert.IsType<InvalidCastException>(failure.InnerException);
        }

        [Fact]
        public void Clone_carries_what_Clone_returns()
        {
            var cloneable = new CloneableSecret();

            var copy = (IDictionary)Copy(new Hashtable { ["c"] = cloneable }, With(NonCopyableAction.Throw, Policies().Clone(typeof(CloneableSecret))))!;

            var clone = Assert.IsType<CloneableSecret>(copy["c"]);
            Assert.NotSame(cloneable, clone);
            Assert.Equal(1, cloneable.CloneCalls);
        }

        [Fact]
        public void Fallback_policies_apply_below_the_per_call_ones()
        {
            using var stream = new MemoryStream();
            var session = Policies().SetNull(typeof(Stream)).Build();
            var perCall = TypePolicySet.CreateBuilder().Throw(typeof(Secret)).Build().WithFallback(session);
            var options = Options();
            options.TypePolicies = perCall;

            var copy = (IDictionary)Copy(new Hashtable { ["log"] = stream }, options)!;

            Assert.Null(copy["log"]);
            Assert.Equal(DeepCopyErrorKind.NonCopyableType, CopyFails(new Hashtable { ["s"] = new Secret() }, options).Kind);
        }

        [Fact]
        public void A_policy_on_PSObject_applies_before_the_wrapper_is_opened()
        {
            var copy = (IDictionary)Copy(new Hashtable { ["p"] = Custom(("a", 1)) }, With(NonCopyableAction.Throw, Policies().SetNull(typeof(PSObject))))!;

            Assert.Null(copy["p"]);
        }

        [Fact]
        public void Throw_also_refuses_a_dictionary_key()
        {
            var secret = new Secret();
            var source = new Dictionary<Secret, int> { [secret] = 1 };

            var failure = CopyFails(source, With(NonCopyableAction.Throw, Policies().Throw(typeof(Secret))));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, failure.Kind);
            Assert.Same(secret, failure.OffendingValue);
        }

        [Fact]
        public void A_refused_key_never_has_its_ToString_run()
        {
            var key = new CountingKey();
            var source = new Dictionary<CountingKey, int> { [key] = 1 };

            CopyFails(source, With(NonCopyableAction.Throw, Policies().Throw(typeof(CountingKey))));
            CopyFails(source, With(NonCopyableAction.Throw, Policies().SetNull(typeof(CountingKey))));

            Assert.Equal(0, key.ToStringCalls);
        }

        [Fact]
        public void Without_policies_nothing_changes()
        {
            var secret = new Secret();

            var copy = (IDictionary)Copy(new Hashtable { ["s"] = secret })!;

            // The public field Reads is written too, and first, before the getter of Token counts its read.
            Assert.Equal("Custom{Reads:Int32 0,Token:String abc}", Dump(copy["s"]));
            Assert.Equal(1, secret.Reads);
        }

        private static TypePolicySetBuilder Policies() => TypePolicySet.CreateBuilder();

        private static DeepCopyOptions With(NonCopyableAction action, TypePolicySetBuilder policies)
        {
            var options = Options(action);
            options.TypePolicies = policies.Build();
            return options;
        }

        public sealed class Secret
        {
            private readonly string _token = "abc";

            public int Reads;

            public string Token
            {
                get
                {
                    Reads++;
                    return _token;
                }
            }

            public override string ToString() => "secret";
        }

        public sealed class CountingKey
        {
            public int ToStringCalls;

            public override string ToString()
            {
                ToStringCalls++;
                return "key";
            }
        }

        [DeepCopyShare]
        public sealed class SharedByAttribute
        {
            public string Name => "shared";
        }

        public sealed class Holder
        {
            public List<int> Values { get; set; } = new List<int>();
        }

        public sealed class CloneableSecret : ICloneable
        {
            public int CloneCalls;

            public string Token => "abc";

            public object Clone()
            {
                CloneCalls++;
                return new CloneableSecret();
            }
        }
    }
}
