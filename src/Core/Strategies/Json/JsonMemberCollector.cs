using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Reflection;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>Lists the members of a value written as a JSON object, into the writer's shared member buffer.</summary>
    internal static class JsonMemberCollector
    {
        public static void AddEntries(IDictionary dictionary, List<JsonMember> members)
        {
            // Enumerating an OrderedDictionary that was never written to (also inside a Hashtable subclass that wraps
            // one, such as PowerShell's OrderedHashtable) creates its entry list: a write to the source. Only these
            // framework types are asked for their Count first; other dictionaries run no code beyond their enumerator.
            if ((dictionary is OrderedDictionary || dictionary is Hashtable) && dictionary.Count == 0)
            {
                return;
            }

            var entries = dictionary.GetEnumerator();
            try
            {
                while (entries.MoveNext())
                {
                    var entry = entries.Entry;
                    members.Add(JsonMember.ForKey(entry.Key, entry.Value));
                }
            }
            finally
            {
                (entries as IDisposable)?.Dispose();
            }
        }

        /// <summary>Reads each public field: no code of the type runs.</summary>
        public static void AddFields(object value, FieldInfo[] fields, List<JsonMember> members)
        {
            foreach (var field in fields)
            {
                members.Add(JsonMember.ForName(field.Name, AsWritten(field.GetValue(value), field.FieldType)));
            }
        }

        /// <summary>Reads each property (the getters run). Returns the index of the property whose getter failed, or -1.</summary>
        public static int AddProperties(object value, PropertyInfo[] properties, List<JsonMember> members, out Exception? error)
        {
            for (var i = 0; i < properties.Length; i++)
            {
                object? propertyValue;
                try
                {
                    propertyValue = properties[i].GetValue(value);
                }
                catch (TargetInvocationException ex)
                {
                    error = ex.InnerException ?? ex;
                    return i;
                }
                catch (Exception ex)
                {
                    // The caller decides what it means: a cancellation of the copy's own token still stops the copy.
                    error = ex;
                    return i;
                }

                members.Add(JsonMember.ForName(properties[i].Name, AsWritten(propertyValue, properties[i].PropertyType)));
            }

            error = null;
            return -1;
        }

        public static void AddAdapted(List<KeyValuePair<string, object?>> adapted, JsonObjectShape shape, List<JsonMember> members)
        {
            foreach (var member in adapted)
            {
                members.Add(JsonMember.ForShape(shape, member.Key ?? string.Empty, member.Value));
            }
        }

        /// <summary>
        /// Reflection reads a function pointer as its address, an IntPtr, which JSON would write as a number that names
        /// code in this process only: it is written as the unmanaged pointer it is.
        /// </summary>
        private static object? AsWritten(object? memberValue, Type memberType) =>
            memberValue is IntPtr address && FunctionPointers.Is(memberType) ? PointerBoxes.BoxAddress(address) : memberValue;
    }
}
