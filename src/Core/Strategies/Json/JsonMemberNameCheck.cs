using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Refuses, on the write side, a member name that the objects the copy comes back as cannot have
    /// (<see cref="JsonShapeAdapter.GetReservedMemberNameReason"/>: a PSCustomObject cannot have a member named PSBase,
    /// for one). Only values written with the Object shape are checked: a dictionary comes back as a dictionary, whose
    /// keys may be anything. Refusing here, before anything is built, gives the error the source's path and the source
    /// object that has the member; the reader, which would meet the name too late, knows neither.
    /// </summary>
    internal sealed class JsonMemberNameCheck
    {
        // The registry that the restricting adapters were last found in, and those adapters: the reflection that finds
        // them runs once per registration, not once per copy.
        private static Tuple<JsonShapeAdapter[], JsonShapeAdapter[]> _found =
            Tuple.Create(Array.Empty<JsonShapeAdapter>(), Array.Empty<JsonShapeAdapter>());

        private JsonShapeAdapter[] _restricting = Array.Empty<JsonShapeAdapter>();
        private CancellationToken _token;

        /// <summary>
        /// Sets the adapters of the copy about to be written (those the reader will ask to build its objects), and the
        /// copy's own token, whose cancellation alone passes through the adapters' code.
        /// </summary>
        public void Begin(JsonShapeAdapter[] adapters, CancellationToken token)
        {
            _token = token;
            var found = Volatile.Read(ref _found);
            if (!ReferenceEquals(found.Item1, adapters))
            {
                found = Tuple.Create(adapters, Restricting(adapters));
                Volatile.Write(ref _found, found);
            }

            _restricting = found.Item2;
        }

        /// <summary>
        /// Checks the names of the members from <paramref name="from"/> on, which belong to <paramref name="owner"/>, in
        /// the object whose path entry is <paramref name="path"/>.
        /// </summary>
        public void Check(List<JsonMember> members, int from, object owner, PathTable paths, int path)
        {
            if (_restricting.Length == 0)
            {
                return;
            }

            for (var i = from; i < members.Count; i++)
            {
                // Every member of an Object-shaped value is named by a string: no key's ToString runs here.
                var name = members[i].Name;
                foreach (var adapter in _restricting)
                {
                    string? reason;
                    try
                    {
                        reason = adapter.GetReservedMemberNameReason(name);
                    }
                    catch (Exception ex) when (CopyErrors.IsSourceCodeFault(ex, _token))
                    {
                        throw CopyErrors.FromHandler(MemberPath(paths, path, members[i]), owner, ex);
                    }

                    if (reason != null)
                    {
                        throw CopyErrors.ReservedMemberName(MemberPath(paths, path, members[i]), owner, name, reason);
                    }
                }
            }
        }

        public void Clear()
        {
            _restricting = Array.Empty<JsonShapeAdapter>();
            _token = default;
        }

        private static string MemberPath(PathTable paths, int path, in JsonMember member) =>
            PathFormatter.Format(paths, path, member.Place.Kind, member.Place.Segment, 0);

        /// <summary>
        /// The adapters that override <see cref="JsonShapeAdapter.GetReservedMemberNameReason"/>. PERF: the others accept
        /// every name, and asking each of them about every member of every object would cost time for nothing.
        /// </summary>
        private static JsonShapeAdapter[] Restricting(JsonShapeAdapter[] adapters)
        {
            var restricting = new List<JsonShapeAdapter>();
            foreach (var adapter in adapters)
            {
                var method = adapter.GetType().GetMethod(nameof(JsonShapeAdapter.GetReservedMemberNameReason), new[] { typeof(string) });
                if (method is null || method.DeclaringType != typeof(JsonShapeAdapter))
                {
                    restricting.Add(adapter);
                }
            }

            return restricting.ToArray();
        }
    }
}
