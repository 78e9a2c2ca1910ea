using System;
using System.Collections.Generic;
using DeepCopy.Core;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>The small types the comparison tests compare, nested so the fixtures read as one catalogue.</summary>
    public static class CompareTypes
    {
        public struct Point
        {
            public int X;
            public int Y;
        }

        public sealed class Person
        {
            public Person(string name, int age)
            {
                Name = name;
                Age = age;
            }

            public string Name { get; set; }

            public int Age;

            public Point Location;

            public List<string> Tags = new List<string>();

            public Person? Friend;

            [DeepCopyIgnore]
            public int Cache;
        }

        public sealed class ChainNode
        {
            public ChainNode? Next;
            public int Value;
        }

        /// <summary>Every override throws: the comparer must never call them.</summary>
        public sealed class Grumpy
        {
            public int Value;
            public List<int> Items = new List<int> { 1 };

            public override bool Equals(object? obj) => throw new InvalidOperationException("Equals was called.");

            public override int GetHashCode() => throw new InvalidOperationException("GetHashCode was called.");

            public override string ToString() => throw new InvalidOperationException("ToString was called.");
        }

        [DeepCopyShare]
        public sealed class SharedSettings
        {
            public List<int> Values = new List<int> { 1 };
        }

        public sealed class Box
        {
            public object? Content;
            public object? Other;
        }

        /// <summary>Called on a box, changes the box itself: how a cycle of boxes is made without reflection.</summary>
        public interface IBoxLink
        {
            void Link(object? next);

            void SetValue(int value);
        }

        /// <summary>A struct whose box can hold another box, or itself.</summary>
        public struct LinkedValue : IBoxLink
        {
            public int Value;
            public object? Next;

            public void Link(object? next) => Next = next;

            public void SetValue(int value) => Value = value;
        }

        /// <summary>A struct that holds a reference only through an inline struct field.</summary>
        public struct WrappedLink : IBoxLink
        {
            public LinkedValue Inner;

            public void Link(object? next) => Inner.Next = next;

            public void SetValue(int value) => Inner.Value = value;
        }

        public static ChainNode Chain(int length, int lastValue = 0)
        {
            var head = new ChainNode { Value = lastValue };
            for (var i = 1; i < length; i++)
            {
                head = new ChainNode { Next = head, Value = 0 };
            }

            return head;
        }
    }
}
