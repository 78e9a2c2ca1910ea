using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Threading;
using DeepCopy.Core;

namespace DeepCopy.Tests.Json
{
    /// <summary>Shared helpers for the Json strategy tests: PowerShell registrations, copying, building and describing graphs.</summary>
    internal static class JsonTestSupport
    {
        public const string OrderedHashtableName = "System.Management.Automation.OrderedHashtable";

        static JsonTestSupport()
        {
            // The PowerShell shape adapter is what a real session has; every Json test runs with it.
            PowerShellRegistrations.EnsureRegistered();
        }

        public static DeepCopyOptions Options(NonCopyableAction action = NonCopyableAction.Throw, int maxDepth = 0) =>
            new DeepCopyOptions { Strategy = DeepCopyStrategy.Json, NonCopyableAction = action, MaxDepth = maxDepth };

        public static object? Copy(object? source, DeepCopyOptions? options = null) =>
            DeepCopier.Copy(source, options ?? Options(), out _);

        public static DeepCopyException CopyFails(object? source, DeepCopyOptions? options = null) =>
            Xunit.Assert.Throws<DeepCopyException>(() => Copy(source, options));

        /// <summary>A PSCustomObject with the given note properties, as ConvertFrom-Json makes them.</summary>
        public static PSObject Custom(params (string Name, object? Value)[] notes)
        {
            var custom = new PSObject();
            foreach (var (name, value) in notes)
            {
                custom.Properties.Add(new PSNoteProperty(name, value));
            }

            return custom;
        }

        public static object? Note(object? custom, string name) => ((PSObject)custom!).Properties[name]?.Value;

        /// <summary>Runs <paramref name="action"/> on a thread with a 1 MB stack, so a recursive walk would overflow and kill the test host.</summary>
        public static T OnSmallStack<T>(Func<T> action)
        {
            T result = default!;
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = action();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            }, 1024 * 1024);
            thread.Start();
            thread.Join();
            if (failure != null)
            {
                throw new InvalidOperationException("The action failed on the small-stack thread.", failure);
            }

            return result;
        }

        /// <summary>
        /// A canonical text for a JSON-like graph, with each value's shape and scalar type, so two graphs compare as
        /// strings: <c>Dict{a:Int32 1,b:[String x]}</c>, <c>Custom{...}</c>. Recursive: only for small test graphs.
        /// </summary>
        public static string Dump(object? value)
        {
            var text = new StringBuilder();
            Dump(value, text);
            return text.ToString();
        }

        private static void Dump(object? value, StringBuilder text)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    return;
                case PSObject custom when custom.ImmediateBaseObject is PSCustomObject:
                    text.Append("Custom{");
                    var first = true;
                    foreach (var property in custom.Properties)
                    {
                        text.Append(first ? string.Empty : ",").Append(property.Name).Append(':');
                        Dump(property.Value, text);
                        first = false;
                    }

                    text.Append('}');
                    return;
                case IDictionary dictionary:
                    text.Append("Dict{");
                    var firstEntry = true;
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        text.Append(firstEntry ? string.Empty : ",").Append(entry.Key).Append(':');
                        Dump(entry.Value, text);
                        firstEntry = false;
                    }

                    text.Append('}');
                    return;
                case string s:
                    text.Append("String ").Append(s);
                    return;
                case IEnumerable list:
                    text.Append('[');
                    var firstItem = true;
                    foreach (var item in list)
                    {
                        text.Append(firstItem ? string.Empty : ",");
                        Dump(item, text);
                        firstItem = false;
                    }

                    text.Append(']');
                    return;
                case IFormattable formattable:
                    text.Append(value.GetType().Name).Append(' ').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                    return;
                default:
                    text.Append(value.GetType().Name).Append(' ').Append(value);
                    return;
            }
        }
    }
}
