using System;
using System.Collections.Generic;
using DeepCopy.Core;

namespace DeepCopy.Tests.Policies
{
    /// <summary>The small types the policy tests copy, nested so the fixtures read as one catalogue.</summary>
    public static class PolicyTypes
    {
        public interface IMarker
        {
        }

        public interface IDerivedMarker : IMarker
        {
        }

        public class Config
        {
            public string Name = "config";
            public List<int> Values = new List<int> { 1, 2 };
        }

        public class DerivedConfig : Config, IMarker
        {
        }

        public sealed class MarkedThing : IDerivedMarker
        {
            public List<int> Values = new List<int> { 3 };
        }

        public sealed class Holder
        {
            public Config? Config;
            public Config? Other;
            public object? Anything;
            public string Text = "text";
            public int Number = 42;
            public List<object?> Items = new List<object?>();
        }

        [DeepCopyShare]
        public class SharedThing
        {
            public List<int> Values = new List<int> { 1 };
        }

        public sealed class DerivedSharedThing : SharedThing
        {
        }

        [DeepCopyShare]
        public struct SharedStruct
        {
            public List<int> Values;
        }

        public sealed class SharedStructHolder
        {
            public SharedStruct Inline;
        }

        /// <summary>Registered shared in one test only (process-wide), so no other test sees it.</summary>
        public sealed class RegisteredSharedThing
        {
            public List<int> Values = new List<int> { 1 };
        }

        public sealed class RegisteredSharedHolder
        {
            public RegisteredSharedThing? Thing;
        }

        /// <summary>Shared by attribute and claimed by a registered handler: the attribute must win.</summary>
        [DeepCopyShare]
        public sealed class HandledAndShared
        {
            public List<int> Values = new List<int> { 1 };
        }

        public sealed class WithIgnored
        {
            [DeepCopyIgnore]
            public List<int>? Cache = new List<int> { 1 };

            [DeepCopyIgnore]
            public int Counter = 7;

            [DeepCopyIgnore]
            public Guid Id = Guid.NewGuid();

            [field: DeepCopyIgnore]
            public string? FieldTarget { get; set; } = "field-target";

            public List<int> Kept = new List<int> { 2 };

            [DeepCopyIgnore]
            public List<int>? AutoProperty { get; set; } = new List<int> { 3 };

            [DeepCopyIgnore]
            public int? Nullable { get; set; } = 5;

            public IgnoringStruct Inline = new IgnoringStruct { Secret = new object(), Kept = new List<int> { 4 }, Count = 9 };
        }

        public struct IgnoringStruct
        {
            [DeepCopyIgnore]
            public object? Secret;

            public List<int>? Kept;

            [DeepCopyIgnore]
            public int Count;
        }

        /// <summary>A struct of immutables, save one ignored field: it must not be treated as immutable.</summary>
        public struct ImmutableButIgnored
        {
            public int Kept;

            [DeepCopyIgnore]
            public int Dropped;
        }

        public sealed class CloneableThing : ICloneable
        {
            public int CloneCalls;

            public List<int> Values = new List<int> { 1 };

            /// <summary>Shallow on purpose: the list is shared with the clone.</summary>
            public object Clone()
            {
                System.Threading.Interlocked.Increment(ref CloneCalls);
                return MemberwiseClone();
            }
        }

        public sealed class Node
        {
            public Node? Next;
            public Config? Payload;
        }
    }
}
