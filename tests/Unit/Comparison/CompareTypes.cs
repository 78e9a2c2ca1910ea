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
